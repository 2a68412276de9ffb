/**
 * The topic taxonomy. `cues` are the phrases the extractor looks for (lower case, matched on
 * word boundaries; a trailing * matches any word ending) when deciding that a topic was raised.
 * Each cue is written once and matched in its usual spellings (cueVariants): a cue earns its
 * place by being an ordinary way of naming the subject, not the wording of one article.
 */
export interface TopicDefinition {
  slug: string;
  name: string;
  parent?: string;
  description: string;
  cues: string[];
  /** its cues name a form of contact ("face-to-face"): before a word for a meeting they describe it, they are not a subject raised */
  describesContact?: boolean;
  /** it is itself a channel of contact: a cue holding an engagement word ("defense talks") says what form the engagement took, not a subject raised at it */
  isChannel?: boolean;
}

/** "economic and trade X" (a Chinese readout's usual wording) and its reversed form, for the nouns given. */
function economicAndTrade(nouns: readonly string[]): string[] {
  return nouns.flatMap((noun) => [`economic and trade ${noun}`, `trade and economic ${noun}`]);
}

export const TOPICS: readonly TopicDefinition[] = [
  {
    slug: "fentanyl",
    name: "Fentanyl and counternarcotics",
    description: "Synthetic opioids, precursor chemicals and counternarcotics cooperation.",
    cues: [
      "fentanyl*", "fentanyl trade", "counter-narcotic*", "anti-narcotic*", "narcotic*", "opioid*", "overdose*", "precursor chemical*", "chemical precursor*", "precursors",
      "drug traffick*", "drug trade", "drug smuggling", "drug flows", "drug proceeds", "drug control", "anti-drug", "counter-drug", "illicit drug*", "illegal drug*", "synthetic drug*", "pill press*", "xylazine", "nitazene*",
    ],
  },
  {
    slug: "military-communication",
    name: "Military communication",
    description: "Military-to-military channels, hotlines, defence talks and maritime safety mechanisms.",
    isChannel: true,
    cues: [
      "military-to-military", "mil-to-mil", "mil-mil", "militaries", "military communication*", "military channel*", "military contact*", "military exchange*", "military matters", "military affairs",
      "military ties", "military relations", "military relationship", "military talks", "military dialogue*", "military security", "defense ties", "defense relations", "defense talks", "defense dialogue*", "defense consultation*",
      "defense policy coordination talks", "defense policy talks", "hotline*", "maritime consultative", "mmca", "theater commander*", "theater-level", "maritime safety", "operational safety", "rules of behavior",
      "unsafe intercept*", "unsafe encounter*", "dangerous intercept*", "risky intercept*", "close encounters", "incidents at sea", "crisis communication*", "operator-level",
    ],
  },
  {
    slug: "taiwan",
    name: "Taiwan",
    description: "Taiwan, the one-China policy and cross-strait relations.",
    cues: [
      "taiwan", "taiwanese", "taipei", "taiwan strait", "taiwan independence", "one-china", "cross-strait", "reunification", "lai ching-te", "william lai", "tsai ing-wen",
      "self-ruled island", "self-governing island", "self-governed island", "democratically governed island", "democratically ruled island",
    ],
  },
  {
    slug: "human-rights",
    name: "Human rights",
    description: "Human rights, civil liberties and treatment of minorities.",
    cues: [
      "human rights", "rights abuses", "rights record", "rights activist*", "rights lawyer*", "forced labor", "religious freedom", "freedom of religion", "freedom of expression", "freedom of speech", "press freedom", "media freedom",
      "civil liberties", "political prisoners", "dissident*", "transnational repression", "persecution", "genocide",
    ],
  },
  { slug: "xinjiang", name: "Xinjiang", parent: "human-rights", description: "Xinjiang and the Uyghurs.", cues: ["xinjiang", "uyghur*", "uighur*"] },
  { slug: "tibet", name: "Tibet", parent: "human-rights", description: "Tibet.", cues: ["tibet", "tibetan*", "xizang", "dalai lama"] },
  { slug: "hong-kong", name: "Hong Kong", parent: "human-rights", description: "Hong Kong's autonomy and freedoms.", cues: ["hong kong", "jimmy lai"] },
  {
    slug: "trade-tariffs",
    name: "Trade and tariffs",
    description: "Tariffs, trade balances, purchases and trade deals.",
    cues: [
      "trade", "trade war", "trade deal*", "trade truce", "trade talks", "trade agreement*", "trade tensions", "trade dispute*", "tariff*", "levies", "import duties", "customs duties", "retaliatory duties", "countervailing duties", "anti-dumping", "section 301", "phase one", "de minimis", "market access",
      "soybean*", "farm goods", "farm purchases", "agricultural purchases", "agricultural products", "purchases of american", "purchases of u.s.",
      ...economicAndTrade(["consultation*", "talks", "negotiation*", "agreement", "deal", "frictions", "disputes", "differences", "team*"]),
    ],
  },
  {
    slug: "export-controls",
    name: "Export controls",
    description: "Technology export controls, entity lists and chips.",
    cues: [
      "export control*", "export curb*", "export restriction*", "export ban*", "export licen*", "entity list", "unverified list", "trade blacklist",
      "chip", "chips", "chipmaker*", "chipmaking", "microchip*", "ai chip*", "semiconductor*", "rare earth*", "critical mineral*", "gallium", "germanium", "graphite", "antimony",
      "technology export*", "tech export*", "technology controls", "tech controls", "technology restrictions", "tech restrictions", "restrictions on technology", "tech curbs", "technology curbs", "tech war", "chip war",
      "technology blockade", "technological blockade", "advanced technolog*", "advanced american technolog*", "advanced u.s. technolog*", "sensitive technolog*", "advanced computing", "dual-use", "small yard", "high fence",
      "foreign direct product rule", "taiwan semiconductor*", "sanctioned chinese companies", "sanctions on chinese companies", "sanctions on chinese firms", "sanctions on chinese entities", "huawei", "nvidia",
    ],
  },
  {
    slug: "investment-restrictions",
    name: "Investment restrictions",
    description: "Outbound and inbound investment screening.",
    cues: [
      "investment restriction*", "investment curbs", "investment ban*", "investment barriers", "investment controls", "investment screening", "investment review*", "outbound investment*", "inbound investment*",
      "restrictions on investment*", "restrictions on u.s. investment*", "restrictions on american investment*", "restrictions on chinese investment*", "restrictions on trade and investment", "barriers to investment", "cfius", "delist*",
    ],
  },
  {
    slug: "north-korea",
    name: "North Korea",
    description: "North Korea's nuclear and missile programmes.",
    cues: ["north korea*", "pyongyang", "kim jong un", "kim jong-un", "denucleari*", "korean peninsula", "dprk", "democratic people's republic of korea"],
  },
  {
    slug: "covid-origins",
    name: "COVID-19 and its origins",
    description: "The coronavirus pandemic and the investigation into its origins.",
    cues: ["covid*", "coronavirus*", "pandemic", "sars-cov-2", "lab leak", "virus origin*", "origins of the virus", "origins of the pandemic", "wuhan"],
  },
  {
    slug: "climate",
    name: "Climate",
    description: "Climate change, emissions and clean energy.",
    cues: [
      "climate", "climate change", "emissions", "methane", "carbon", "coal", "greenhouse gas*", "global warming", "clean energy", "renewable energy", "renewables", "energy transition", "decarboni*", "non-co2", "net zero",
      "paris agreement", "paris climate", "cop26", "cop27", "cop28", "cop29", "cop30", "hydrofluorocarbon*",
    ],
  },
  {
    slug: "russia-ukraine",
    name: "Russia and Ukraine",
    description: "Russia's war in Ukraine and China's support for Russia.",
    cues: ["russia", "russian*", "moscow", "kremlin", "putin", "ukraine", "ukrainian*", "war in ukraine", "war against ukraine", "kyiv", "kiev", "zelensk*", "defense industrial base"],
  },
  {
    slug: "south-china-sea",
    name: "South China Sea",
    description: "Maritime disputes in the South and East China Seas.",
    cues: [
      "south china sea", "east china sea", "second thomas shoal", "scarborough", "spratly*", "paracel*", "senkaku*", "diaoyu", "nine-dash line", "shoal", "philippines", "philippine", "manila",
      "freedom of navigation", "maritime claims", "maritime disputes", "maritime territorial",
    ],
  },
  {
    slug: "artificial-intelligence",
    name: "Artificial intelligence",
    description: "AI risk, safety and AI in military systems.",
    cues: ["artificial intelligence", "ai", "a.i.", "machine learning", "autonomous weapon*", "nuclear command and control", "human control"],
  },
  {
    slug: "people-to-people",
    name: "People-to-people ties",
    description: "Students, journalists, flights, visas and exchanges.",
    cues: [
      "people-to-people", "student*", "exchange program*", "educational exchange*", "education exchange*", "cultural exchange*", "youth exchange*", "academic exchange*", "fulbright", "sister cities", "sister-city", "subnational",
      "journalist visas", "foreign journalists", "expelled journalists", "expulsion of journalists", "flights", "direct flight*", "passenger flight*", "visa*", "panda*", "tourism", "tourists",
    ],
  },
  {
    slug: "cyber",
    name: "Cyber",
    description: "Hacking, cyber espionage and cyber security.",
    cues: ["cyber*", "hacker*", "hacking", "hacked", "volt typhoon", "salt typhoon", "ransomware", "malware"],
  },
  {
    slug: "detained-citizens",
    name: "Detained citizens",
    description: "Wrongfully detained citizens and exit bans.",
    cues: [
      "wrongfully detained", "wrongful detention*", "wrongfully held", "unjustly detained", "detained american*", "detained u.s. citizens", "detained u.s. nationals", "americans detained", "americans held",
      "detained in china", "held in china", "imprisoned american*", "jailed american*", "american detainee*", "detainees", "release of americans", "exit ban*", "prisoner swap*", "prisoner exchange*", "hostage diplomacy",
    ],
  },
  {
    slug: "middle-east",
    name: "Middle East",
    description: "Israel, Gaza, Iran and the Red Sea.",
    cues: ["middle east", "mideast", "gaza", "israel*", "hamas", "iran*", "tehran", "red sea", "houthi*", "palestin*", "lebanon", "lebanese", "hezbollah", "syria*", "yemen*", "west bank"],
  },
  {
    slug: "economic-relations",
    name: "Economic relations",
    description: "The broader economic relationship: decoupling, de-risking, investment and growth.",
    cues: [
      "economic relationship", "economic relations", "economic ties", "economic cooperation", "economic engagement", "economic situation", "financial issues", "economic polic*", "economic dialogue", "economic and financial",
      "economy and finance", "macroeconomic*", "financial stability", "economic working group*", "financial working group*", "balanced growth",
      "decoupl*", "de-risk*", "overcapacity", "excess capacity", "industrial capacity", "subsidies", "subsidy", "non-market", "market-distorting", "level playing field", "business environment",
      "trade secrets", "intellectual property", "technology transfer",
      ...economicAndTrade(["relations", "relationship", "ties", "cooperation", "exchanges"]),
    ],
  },
  {
    slug: "leader-diplomacy",
    name: "Leader-level diplomacy",
    description: "Arranging and sustaining contact between the two leaders.",
    describesContact: true,
    cues: [
      "leader-to-leader", "leader-level", "head-of-state diplomacy", "heads-of-state diplomacy", "face-to-face", "in-person meeting", "meet in person", "summit", "state visit", "presidential visit",
      "reciprocal visit*", "mutual visits", "exchange of visits", "visit to the united states", "visit china", "visit to china", "travel to china", "pay a visit",
      "communication between the leaders", "leaders' meeting", "meeting between the two leaders", "leaders' call", "speak again", "speak by phone", "regular contact", "strategic communication channel",
    ],
  },
];

/** "clean energy products", "the clean-energy sector": an industry (its output, its subsidies), not climate policy; both spellings, for the nouns given. */
function cleanEnergyIndustry(nouns: readonly string[]): string[] {
  return nouns.flatMap((noun) => [`clean energy ${noun}`, `clean-energy ${noun}`]);
}

/**
 * Phrases that hold a cue's word but name no subject: "a bargaining chip", an industry ("clean energy products"), "political
 * climate", "trade barbs", a trade official's title; or too vague to say which subject
 * ("economic and trade issues", "trade and investment", "a call on political and economic
 * issues": trade, chips or the wider economic relationship); or a source credited ("Russian
 * state media reported"). Matched with the cues (longest first), they shadow the shorter
 * cue inside them.
 */
export const NOT_TOPIC_PHRASES: readonly string[] = [
  "bargaining chip*", "blue-chip*", "chip in", "chipped in",
  "political climate", "business climate", "investment climate", "economic climate", "geopolitical climate", "diplomatic climate", "current climate", "climate of",
  "trade-off*", "trade union*", "trade fair*", "trade show*", "arms trade", "trade barbs", "trade accusations", "trade blows", "trade insults", "trade jabs", "trade places",
  "trade and investment", "economic issues", ...economicAndTrade(["issues", "matters", "concerns", "polic*", "field*", "area*"]),
  ...cleanEnergyIndustry(["product*", "sector*", "industr*", "goods", "manufactur*"]),
  "climate envoy*", "climate special envoy*", "climate chief*", "trade representative*", "trade negotiator*", "trade envoy*", "trade chief*", "trade czar", "trade tsar", "trade minister*", "trade ministry", "trade adviser*", "trade advisor*",
  "came face to face", "come face to face", "comes face to face", "coming face to face",
  "hong kong-based", "hong kong-listed", "hong kong stock*", "hong kong shares",
  // "foreign journalists waited outside the hotel": the press at the scene, covering the meeting, not its treatment as a subject
  ...["wait*", "gather*", "crowd*", "throng*", "swarm*", "shout*"].map((verb) => `foreign journalists ${verb}`),
  "russian state media", "russian media", "russian news agenc*", "iranian state media", "iranian media", "israeli media", "taiwanese media", "hong kong media",
];

/** prefixes written either hyphenated or joined: "anti-drug", "antidrug" */
const JOINING_PREFIX = /^(?:anti|counter|de|non)-[a-z]/;
const BRITISH_SPELLINGS: readonly (readonly [string, string])[] = [["defense", "defence"], ["labor", "labour"], ["theater", "theatre"], ["behavior", "behaviour"], ["program", "programme"]];

/**
 * The spellings of one cue: a hyphen also written as a space ("counter-narcotics",
 * "counter narcotics") or dropped after a prefix ("counternarcotics"); two words also
 * hyphenated ("rare-earth magnets"); British spelling ("defence", "labour"); a curly
 * apostrophe; "U.S." also written "US".
 */
export function cueVariants(phrase: string): string[] {
  const variants = new Set([phrase]);
  if (phrase.includes("-")) {
    variants.add(phrase.replace(/-/g, " "));
    if (JOINING_PREFIX.test(phrase)) variants.add(phrase.replace("-", ""));
  }
  if (/^[^\s-]+ [^\s-]+$/.test(phrase)) variants.add(phrase.replace(" ", "-"));
  for (const variant of [...variants]) {
    for (const [american, british] of BRITISH_SPELLINGS) if (variant.includes(american)) variants.add(variant.split(american).join(british));
  }
  for (const variant of [...variants]) {
    if (variant.includes("'")) variants.add(variant.replace(/'/g, "\u2019"));
    if (variant.includes("u.s.")) variants.add(variant.replace(/u\.s\./g, "us"));
  }
  return [...variants];
}

/** Nouns for a meeting of any kind: a topic cue right before one ("face-to-face encounter") describes the meeting, it was not raised at it. */
export const ENCOUNTER_NOUNS: readonly string[] = ["encounter", "encounters", "discussion", "discussions", "meeting", "meetings", "talks", "session", "sessions", "contact", "sit-down", "exchange", "exchanges", "conversation"];

/**
 * The two countries' armed services named as a party of contact ("the relationship between
 * the two armies", "discussions with the People's Liberation Army"): after one of these
 * contact nouns and "with"/"between", the body is the other side of a military channel.
 * Alone ("the PLA held drills") the bodies say nothing of contact.
 */
export const MILITARY_CONTACT = {
  slug: "military-communication",
  contactNouns: ["communication", "communications", "talks", "dialogue", "dialogues", "discussions", "contact", "contacts", "exchanges", "relations", "relationship", "ties", "engagement", "cooperation", "channel", "channels"],
  bodies: ["armed forces", "armies", "militaries", "people's liberation army", "pla"],
} as const;

export const TOPIC_SLUGS = TOPICS.map((topic) => topic.slug);

export function topicBySlug(slug: string): TopicDefinition | undefined {
  return TOPICS.find((topic) => topic.slug === slug);
}
