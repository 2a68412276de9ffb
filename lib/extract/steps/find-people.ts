import { PEOPLE, titleOn, type KnownPerson } from "@/lib/gazetteer/people";
import { placeByName } from "@/lib/gazetteer/places";
import { ENGAGEMENT_NOUN } from "@/lib/extract/steps/find-cues";
import { compilePhrases, escapeRegExp, overlaps, sentenceIndexAt, withoutOverlaps } from "@/lib/extract/text";
import type { PersonMention, Sentence, Step } from "@/lib/extract/types";
import type { Side } from "@/lib/taxonomy/enums";

/**
 * Step 3: people. Known officials by full name or multi-word alias; a surname alone only
 * after its full name appeared (it then means the person named last with that surname).
 * Unknown officials from title patterns ("Chinese Vice Premier X", "his Chinese counterpart, X").
 */

/** Surnames that are also common English words: never read alone as a person. */
const SURNAME_STOPWORDS = new Set(["He", "Price", "Bass", "Chase", "Young", "Rice", "Long", "May", "Page", "Miller", "Johnson", "Brown"]);
/**
 * Of those, the ones that can still stand for a person named in full before, when written
 * as a name ("Brown talked with Liu"), never as part of another name ("Brown University").
 */
const GUARDED_SURNAMES = new Set(["Price", "Chase", "Young", "Rice", "Miller", "Johnson", "Brown"]);
/**
 * Surnames that are also a pronoun: the pronoun is capitalised only where a sentence opens,
 * so the capitalised word after a title ("Mr He") or inside a sentence ("Bessent and He met")
 * is the person named in full before.
 */
const PRONOUN_SURNAMES = new Set(["He"]);

interface Form {
  slugs: string[];
  /** a surname or single-word alias: only meaningful after the full name */
  short: boolean;
  /**
   * a single-word alias the gazetteer lists for one person ("Blinken", "Xi"): news copy uses
   * it alone, an excerpt often without the full name before it; a surname merely derived
   * from the full name ("Wang", "Li") never stands alone
   */
  standalone: boolean;
}

function surnameOf(person: KnownPerson): string | null {
  const tokens = person.name.replace(/,?\s+(?:Jr\.|Sr\.|III|II)$/, "").split(/\s+/);
  if (person.side === "other" || tokens.length < 2) return null;
  return (person.side === "CN" ? tokens[0] : tokens[tokens.length - 1]) ?? null;
}

function buildForms(): Map<string, Form> {
  const forms = new Map<string, Form>();
  const add = (form: string, slug: string, short: boolean, standalone: boolean) => {
    const existing = forms.get(form);
    if (existing) {
      if (!existing.slugs.includes(slug)) existing.slugs.push(slug);
      existing.short ||= short;
      existing.standalone ||= standalone;
    } else forms.set(form, { slugs: [slug], short, standalone });
  };
  for (const person of PEOPLE) {
    for (const form of [person.name, ...person.aliases]) add(form, person.slug, !/\s/.test(form), !/\s/.test(form) && !SURNAME_STOPWORDS.has(form));
    const surname = surnameOf(person);
    if (surname && (!SURNAME_STOPWORDS.has(surname) || GUARDED_SURNAMES.has(surname) || PRONOUN_SURNAMES.has(surname))) add(surname, person.slug, true, false);
  }
  for (const form of forms.values()) form.standalone &&= form.slugs.length === 1;
  return forms;
}

const FORMS = buildForms();
const KNOWN_NAME = compilePhrases([...FORMS.keys()], "g");
const PEOPLE_BY_SLUG = new Map(PEOPLE.map((person) => [person.slug, person]));

const NATIONALITY = "(Chinese|China['’]s|Beijing['’]s|U\\.S\\.|US|American|America['’]s|Washington['’]s|the United States['’])";
const ROLE_NOUN = "(?:[Vv]ice [Pp]remier|[Pp]remier|[Pp]resident|[Mm]inister|[Ss]ecretary|[Aa]mbassador|[Aa]dviser|[Aa]dvisor|[Ee]nvoy|[Rr]epresentative|[Cc]ouncilor|[Cc]hief|[Gg]eneral|[Aa]dmiral|[Dd]irector|[Cc]ommander|[Cc]hairman|[Ss]pokes(?:man|woman|person)|[Cc]ounterpart|[Ll]eader|[Gg]overnor|[Ss]peaker|[Oo]fficial|[Dd]iplomat|[Nn]egotiator)";
const ROLE = `((?:[A-Za-z.&-]+\\s+){0,4}?${ROLE_NOUN}(?:\\s+(?:of|for|to)\\s+(?:the\\s+)?(?:[A-Z][a-z]+\\s*){1,4})?)`;
/** a capitalised name word, with the inner capital of "McPhillips", "MacArthur", "O'Brien" */
const NAME_WORD = "(?:Mc|Mac|O['’])?[A-Z][a-z'’]+";
const NAME = `((?:Mc|Mac|O['’])?[A-Z][a-z]+(?:[ -]${NAME_WORD}){1,2})`;
/** a military rank before a name, abbreviated or spelled out: "Maj. Gen.", "Major General", "Senior Colonel" */
const RANK = "(?:(?:Gen|Adm|Lt\\. Gen|Maj\\. Gen|Brig\\. Gen|Rear Adm|Vice Adm|Col|Senior Col|Lt\\. Col)\\.|(?:Major|Brigadier|Lieutenant) General|(?:Rear|Vice) Admiral|Senior Colonel)";
/** "Chinese Vice Premier He Lifeng", "China's defense minister, Dong Jun", "Chinese defense spokesman Senior Colonel Li Ming" */
const TITLE_BEFORE_NAME = new RegExp(`\\b${NATIONALITY}\\s+${ROLE},?\\s+(?:${RANK}\\s+)?${NAME}`, "g");
/** "Nicholas Burns, the U.S. ambassador to China," */
const TITLE_AFTER_NAME = new RegExp(`${NAME},\\s+(?:the\\s+)?${NATIONALITY}\\s+${ROLE}`, "g");

const FORMER_BEFORE = /\bformer\s+(?:[\w.'’-]+\s+){0,4}$/i;
const SPEECH_AFTER = /^(?:,[^,]{0,90},)?\s+(?:said|says|told|stated|explained|revealed|reported|added|noted|emphasized|highlighted|shared|stressed|warned|wrote|insisted|argued)\b/;
const SPOKESPERSON_TITLE = /spokes|press secretary/i;
/** "Pentagon spokesman John Kirby", "As stated by Spokesperson Jane Roe", "press secretary Brig. Gen. Jo Roe": the text's own title for the one who speaks for a side */
const SPOKESPERSON_BEFORE = new RegExp(`\\b(?:spokes(?:man|woman|person)|press secretary)\\s+(?:${RANK}\\s+)?$`, "i");
/** the words just before a name, where a title written in front of it stands */
const TITLE_REACH = 50;

function sideOfNationality(word: string): Side {
  return /^(?:Chinese|China|Beijing)/.test(word) ? "CN" : "US";
}

interface TitledName {
  start: number;
  end: number;
  name: string;
  side: Side;
  title: string;
  nameStart: number;
}

/**
 * Officials named with a title the nationality patterns miss: "led by Jen Daskal",
 * "Gen. Wu Yanan, commander of China's Southern Theater", "Michael Chase, deputy assistant
 * secretary of defense for China". Their side comes from the institutions written beside them.
 */
const LED_BY_NAME = new RegExp(`\\b(?:led|headed|co-chaired|chaired)\\s+by\\s+(?:${RANK}\\s+)?${NAME}`, "g");
const RANK_NAME = new RegExp(`\\b${RANK}\\s+${NAME}`, "g");
const APPOSITIVE_TITLE = new RegExp(`${NAME},\\s+(?:the\\s+|a\\s+)?((?:[a-z][\\w-]*\\s+){0,4}?(?:secretary|adviser|advisor|minister|director|commander|ambassador|envoy|representative|chief|negotiator|diplomat|chairman|head|spokes(?:man|woman|person))\\b[^,.;]{0,90})`, "g");
/**
 * "Hubei Province Governor Li Ming", "Shenzhen mayor Zhao Lan": the head of a province or of a
 * Chinese city, written with the place and no nationality. A province is China's (the US has
 * states); a city is China's when the gazetteer places it there.
 */
const LOCAL_HEAD = new RegExp(`\\b([A-Z][a-z]+)(\\s+(?:Province|Provincial|Municipal|City))?\\s+(?:[Vv]ice[ -])?(?:[Gg]overnor|[Mm]ayor|[Pp]arty\\s+(?:[Ss]ecretary|[Cc]hief))\\s+${NAME}`, "g");

const PROVINCE_WORD = /Provinc/;

function localHeadSide(place: string, qualifier: string | undefined): Side | null {
  if (qualifier && PROVINCE_WORD.test(qualifier)) return "CN";
  return placeByName(place)?.country === "China" ? "CN" : null;
}

/** words that open a phrase, never a name: "On Thursday, US climate chief John Kerry …" is no person called "On Thursday" */
const NOT_A_NAME = /^(?:On|In|At|By|For|From|After|Before|During|Since|Last|Next|Earlier|Later|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|The|This|That|White|State|House|Senate|Central|People|National|Foreign|Defense|Treasury|Chinese|American|United|Southern|Northern|Eastern|Western|Vice|President|Secretary|General|Admiral|Minister|Premier|Commerce|Trade|Prime|Deputy|Under|Assistant|Special|Chief|Director|Commander|Ambassador)\b/;
/** capitalised words ending in what names a body, an event or a building: "Munich Security Conference", "Brookings Institution" */
const INSTITUTION_NAME = /\b(?:Forum|Conference|Summit|Council|Ministry|Department|University|Institute|Institution|Agency|Committee|Commission|Bank|Group|Dialogue|Cent(?:er|re)|Association|Party|Army|Airport|Base|Hotel|Guesthouse|Hall|Palace|Office|Times|Post|News|Daily|Press)$/;
const US_INSTITUTION = /\b(?:U\.S\.|United States|American|White House|Pentagon|State Department|Treasury|Defense Department|Department of|National Security Council|Homeland Security|Indo-Pacific Command|Washington|(?:assistant|under|deputy) secretary|secretary of (?:defense|state|the treasury|commerce)|for China)\b/i;
const CN_INSTITUTION = /\b(?:China['’]s|Chinese|Beijing['’]s|PLA|People['’]s Liberation Army|Central Military Commission|Communist Party|State Council|Theater Command|Southern Theater|Eastern Theater|Ministry of)\b/;

/** "US delegation lead": the bare abbreviation, upper case only (never the pronoun "us") */
const US_ABBREVIATION = /\bUS\b/;

function sideFromWords(words: string): Side | null {
  const us = [US_INSTITUTION.exec(words), US_ABBREVIATION.exec(words)].filter((found) => found !== null).sort((a, b) => a.index - b.index)[0];
  const cn = CN_INSTITUTION.exec(words);
  if (us && (!cn || us.index <= cn.index)) return "US";
  return cn ? "CN" : null;
}

/** ", the head of U.S. Indo-Pacific Command," after a name: up to the next comma (abbreviations' periods kept) */
function appositiveAfter(text: string, from: number): string {
  const rest = text.slice(from, from + 140);
  if (!rest.startsWith(",")) return "";
  const end = rest.slice(1).search(/[,;]|(?<![A-Z])\.\s+(?=[A-Z][a-z])|\.$/);
  return end < 0 ? rest : rest.slice(0, end + 1);
}

function contextualNames(text: string): TitledName[] {
  const found: TitledName[] = [];
  const push = (start: number, end: number, name: string, nameStart: number, title: string, side: Side | null) => {
    if (side && !NOT_A_NAME.test(name) && !INSTITUTION_NAME.test(name) && !placeByName(name)) found.push({ start, end, name, side, title: title.trim(), nameStart });
  };
  for (const pattern of [LED_BY_NAME, RANK_NAME]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const name = match[1] ?? "";
      const nameStart = match.index + match[0].length - name.length;
      const lineStart = Math.max(text.lastIndexOf("\n", match.index) + 1, match.index - 120);
      const after = appositiveAfter(text, nameStart + name.length);
      const side = pattern === RANK_NAME ? (sideFromWords(after) ?? sideFromWords(text.slice(lineStart, match.index))) : (sideFromWords(text.slice(lineStart, match.index)) ?? sideFromWords(after));
      push(match.index, nameStart + name.length, name, nameStart, after.replace(/^,\s*(?:the\s+)?/, "").trim(), side);
    }
  }
  LOCAL_HEAD.lastIndex = 0;
  for (let match = LOCAL_HEAD.exec(text); match; match = LOCAL_HEAD.exec(text)) {
    const [whole, place = "", qualifier, name = ""] = match;
    push(match.index, match.index + whole.length, name, match.index + whole.length - name.length, whole.slice(0, whole.length - name.length), localHeadSide(place, qualifier));
  }
  APPOSITIVE_TITLE.lastIndex = 0;
  for (let match = APPOSITIVE_TITLE.exec(text); match; match = APPOSITIVE_TITLE.exec(text)) {
    const [, name = "", title = ""] = match;
    push(match.index, match.index + match[0].length, name, match.index, title, sideFromWords(title));
    APPOSITIVE_TITLE.lastIndex = match.index + name.length;
  }
  return found;
}

function titledNames(text: string): TitledName[] {
  const found: TitledName[] = [];
  for (const pattern of [TITLE_BEFORE_NAME, TITLE_AFTER_NAME]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const before = pattern === TITLE_BEFORE_NAME;
      const [nationality, title, name] = before ? [match[1], match[2], match[3]] : [match[2], match[3], match[1]];
      if (!nationality || !title || !name || NOT_A_NAME.test(name) || INSTITUTION_NAME.test(name)) continue;
      // "at the Tokyo Forum, US Secretary of State Antony Blinken": the title is the name's after it
      const nationalityStart = match.index + match[0].indexOf(nationality, name.length);
      if (!before && found.some((other) => other.start === nationalityStart)) continue;
      const nameStart = before ? match.index + match[0].length - name.length : match.index;
      found.push({ start: match.index, end: match.index + match[0].length, name, side: sideOfNationality(nationality), title: title.trim(), nameStart });
      // a name may start the next pattern ("… Wang Yi and China's …"): rescan from the name's end
      pattern.lastIndex = nameStart + name.length;
    }
  }
  const more = contextualNames(text).filter((entry) => !found.some((other) => other.nameStart === entry.nameStart));
  // "… with Assistant to the U.S. President for National Security Af": a text cut short mid-word ends in no name
  const textEnd = text.trimEnd().length;
  return [...found, ...more].filter((entry) => entry.nameStart + entry.name.length < textEnd);
}

/** "the Trump administration", "Biden-era rules": the name qualifies a noun, no one is there in person */
const ATTRIBUTIVE = /^(?:\s+|-)(?:administration|administrations|government|cabinet|presidency|era|campaign|team|officials|aides)\b/;
/**
 * "Hegseth's predecessor", "President Xi Jinping's greetings" brought by an envoy: the name stands for the one whose aide,
 * office or message is spoken of (read after the rest of the name, see restOfName)
 */
const POSSESSIVE_OTHER = /^['’]s\s+(?:predecessor|successor|deputy|deputies|aides?|spokes(?:man|woman|person)|wife|husband|office|(?:(?:warm|cordial|sincere|best)\s+)?(?:greetings|regards|wishes|messages?)|administration|government|father|son|daughter|envoy|(?:(?:top|chief|senior|special|national\s+security|climate|trade|economic)\s+){1,2}(?:advis[eo]rs?|aides?|envoys?))\b/;
/**
 * "top aide to President Joe Biden", "special envoy of the president", "the deputy to China's chief negotiator, Wang Lin": the one
 * whose aide someone is, named through the aide
 */
const PRINCIPAL_BEFORE = /\b(?:aides?|advis[eo]rs?|envoys?|deputy)\s+(?:to|of)\s+(?:the\s+)?(?:(?:U\.S\.|US|American|Chinese|(?:China|Beijing|Washington)['’]s)\s+)?(?:President|Premier|Vice\s+(?:President|Premier)|(?:lead|chief|top)\s+(?:trade\s+)?negotiator,(?:\s+(?:Vice\s+)?(?:Premier|Secretary|Minister|Representative))?)\s+$/;

/**
 * "duties that President Trump said were too high", "a plan which Xi says is fair": a "that" or "which" whose verb
 * comes only after the speech verb is the subject of that verb, so the clause is about a thing and its speaker only
 * comments on it ("said that Trump was …", a complement, has its verb right after the name)
 */
const RELATIVE_PRONOUN_BEFORE = /\b(?:that|which)\s+(?:[A-Z][\w.'’-]*\s+){0,5}$/;
/** the speech verb, then at once the clause's own verb (a name read by its short form may stop before its last word: "President Xi" of "President Xi Jinping") */
const REMARK_WITH_GAP = /^(?:\s+[A-Z][\w'’-]*)?\s+(?:said|says|believes|believed|thinks|thought|claimed|claims)\s+(?:was|were|is|are|would|will|had|has|could|should)\b/;

/** "the call with Xi that Biden said was productive": the clause is about the contact itself, whose speaker took part in it */
const CONTACT_ANTECEDENT = new RegExp(`\\b${ENGAGEMENT_NOUN}\\s+(?:(?:with|between)\\s+(?:[A-Z][\\w.'’-]*\\s+|and\\s+){1,6})?(?:that|which)\\s+(?:[A-Z][\\w.'’-]*\\s+){0,5}$`);

function relativeRemark(text: string, sentence: Sentence, start: number, end: number): boolean {
  const before = text.slice(Math.max(sentence.start, start - 60), start);
  return RELATIVE_PRONOUN_BEFORE.test(before) && !CONTACT_ANTECEDENT.test(before) && REMARK_WITH_GAP.test(text.slice(end, Math.min(sentence.end, end + 40)));
}

/**
 * How many characters of the full name follow a mention read by its short form: " Jinping" after "President Xi" in "President
 * Xi Jinping's greetings". Only the name's own words: in "told Wang Yi Washington's envoy …" the next word is no part of it.
 */
function restOfName(text: string, written: string, end: number, fullName: string): number {
  const words = fullName.split(/\s+/);
  const at = words.indexOf(written.split(/\s+/).at(-1) ?? "");
  if (at < 0 || at === words.length - 1) return 0;
  const rest = ` ${words.slice(at + 1).join(" ")}`;
  return text.startsWith(rest, end) ? rest.length : 0;
}

function flagsOf(text: string, sentence: Sentence, start: number, end: number, fullName: string) {
  const nameEnd = end + restOfName(text, text.slice(start, end), end, fullName);
  return {
    possessiveOther: POSSESSIVE_OTHER.test(text.slice(nameEnd, nameEnd + 40)) || ATTRIBUTIVE.test(text.slice(end, end + 20)) || PRINCIPAL_BEFORE.test(text.slice(Math.max(sentence.start, start - 50), start)),
    relativeRemark: relativeRemark(text, sentence, start, end),
    former: FORMER_BEFORE.test(text.slice(Math.max(sentence.start, start - 60), start)),
    speaker: SPEECH_AFTER.test(text.slice(end, Math.min(sentence.end, end + 120))),
  };
}

function spokespersonTitle(person: KnownPerson, day: string | null, textTitle: string | null): boolean {
  const title = day ? titleOn(person, day) : (person.titles[person.titles.length - 1]?.title ?? null);
  return SPOKESPERSON_TITLE.test(title ?? "") || SPOKESPERSON_TITLE.test(textTitle ?? "");
}

/** The text calls the one named at `start` a spokesperson: what they say comments on an engagement, they were not at it. */
function spokespersonBefore(text: string, start: number): boolean {
  return SPOKESPERSON_BEFORE.test(text.slice(Math.max(0, start - TITLE_REACH), start));
}

/**
 * A standalone alias with no full name before it stands for its person only when written as
 * a name of its own: not inside another name ("Sarah Kerry", "Austin Reed"), not run into
 * another word ("Xi'an"), not a place ("in Austin").
 */
const CAPITALISED_BEFORE = /[A-Z][\w.'’-]*[ \t]+$/;
const CAPITALISED_AFTER = /^[ \t]+[A-Z]/;
const SENTENCE_END_WORD = /^[A-Z][\w'’-]{2,}[.!?]["”’)]?\s+$/;
const RUN_ON = /^['’-](?!s\b)\w/;
const LOCATIVE_BEFORE = /\b(?:in|at|near|from|outside|of)\s+$/i;
const TITLE_WORDS = "President|Secretary|Sec\\.?|Minister|Min\\.?|Premier|Ambassador|Envoy|Adviser|Advisor|Vice|Mr\\.?|Ms\\.?|Mrs\\.?|Dr\\.?|Gen\\.?|Adm\\.?|General|Admiral|Senator|Sen\\.|Rep\\.|Representative|Speaker|Governor|Chairman|Director|Commander|Councilor|Counselor|Chancellor|Deputy|Leader";
const TITLE_WORD = new RegExp(`^(?:${TITLE_WORDS})$`);
/** "Secretary Blinken", "Secretary of Commerce Raimondo", "Deputy Sec Campbell": a title, with the body it heads, is no part of the name after it */
const TITLE_PHRASE_BEFORE = new RegExp(`(?<![\\w.])(?:${TITLE_WORDS})(?:[ \\t]+(?:of|for)(?:[ \\t]+the)?(?:[ \\t]+[A-Z][\\w'’&-]*){1,3})?[ \\t]+$`);
/** "China's Xi", "Chinese Xi": the country qualifying a name is no part of it either */
const NATIONALITY_BEFORE = /(?:\b(?:China|America|Beijing|Washington)['’]s|\b(?:Chinese|American|US)|(?<!\w)U\.S\.)[ \t]+$/;

/** "Sarah Kerry", "Amy Tan Books": the word is part of a longer name written around it */
function insideAnotherName(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  // "… in Beijing. Xi said": the word closing the sentence before is no part of a name ("Joseph R. Biden" is)
  const found = CAPITALISED_BEFORE.exec(before);
  const capitalised = found !== null && !(SENTENCE_END_WORD.test(found[0]) && !TITLE_WORD.test(found[0].trim()));
  const qualified = TITLE_PHRASE_BEFORE.test(before) || NATIONALITY_BEFORE.test(before);
  return (capitalised && !qualified) || CAPITALISED_AFTER.test(text.slice(end, end + 4));
}

function standsAlone(text: string, start: number, end: number): boolean {
  return !insideAnotherName(text, start, end) && !LOCATIVE_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

function mostRecent(slugs: string[], lastSeen: Map<string, number>): string | undefined {
  let best: string | undefined;
  for (const slug of slugs) if ((lastSeen.get(slug) ?? -1) > (best === undefined ? -1 : (lastSeen.get(best) ?? -1))) best = slug;
  return best;
}

const INSIDE_SENTENCE_BEFORE = /[a-z,][ \t]+$/;

function namedInsideSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return TITLE_PHRASE_BEFORE.test(before) || INSIDE_SENTENCE_BEFORE.test(before);
}

/** Headline capitalisation ("Xi and Trump Speak by Phone"): there a capital letter says nothing of names. */
function inTitleCaseLine(text: string, at: number): boolean {
  const lineStart = Math.max(text.lastIndexOf("\n", at) + 1, at - 200);
  const lineEnd = text.indexOf("\n", at);
  const line = text.slice(lineStart, lineEnd < 0 ? Math.min(text.length, at + 200) : Math.min(lineEnd, at + 200));
  const words = line.match(/\b[A-Za-z][a-z]{3,}\b/g) ?? [];
  return words.length >= 3 && words.every((word) => /^[A-Z]/.test(word));
}

/**
 * "U.S. Ambassador Tai Held Virtual Meeting": in a headline every word is capitalised, so a title there runs into the verb
 * after the name. An unknown name read only in such a line is no one, unless the story writes it again.
 */
function headlineWordsOnly(text: string, entry: TitledName): boolean {
  const once = text.indexOf(entry.name) === entry.nameStart && text.indexOf(entry.name, entry.nameStart + 1) < 0;
  return once && inTitleCaseLine(text, entry.nameStart);
}

const NEXT_NAME_WORD = /^[ \t]+([A-Z][a-z'’]+)/;

/** "Wang Wengbin" after Wang Yi was named: a surname followed by another name word is someone else's name */
function continuesIntoName(text: string, end: number): boolean {
  const next = NEXT_NAME_WORD.exec(text.slice(end, end + 30))?.[1];
  return next !== undefined && !NOT_A_NAME.test(next) && !inTitleCaseLine(text, end);
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  let index = 0;
  while (index < shorter.length && shorter[index] === longer[index]) index += 1;
  const rest = shorter.length === longer.length ? index + 1 : index;
  return shorter.slice(rest) === longer.slice(index + 1);
}

/** the surname's position among a name's words: first in a Chinese name, last otherwise */
function surnameIndex(words: string[], side: Side): number {
  return side === "CN" ? 0 : words.length - 1;
}

/**
 * "Li Chengang", "Wang Wengbin": a titled name that is a known official's with one letter of a
 * given name dropped, doubled or changed, on the same side; the surname must match exactly
 * ("Mark Miller" is not "Mark Milley"), and only one official may fit.
 */
function knownVariant(name: string, side: Side): KnownPerson | undefined {
  const written = name.split(/[ -]/);
  const fits = PEOPLE.filter((person) => {
    const known = person.name.split(/\s+/);
    if (person.side !== side || known.length !== written.length) return false;
    const differing = known.flatMap((word, index) => (word === written[index] ? [] : [index]));
    const [only] = differing;
    return differing.length === 1 && only !== undefined && only !== surnameIndex(known, side) && (known[only]?.length ?? 0) >= 6 && withinOneEdit(known[only] ?? "", written[only] ?? "");
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/** An official the gazetteer does not know, as the text titles them. */
function unknownMention(text: string, sentences: Sentence[], entry: TitledName, start: number, written = entry.name): PersonMention {
  const end = start + written.length;
  const sentenceIndex = sentenceIndexAt(sentences, start);
  const sentence = sentences[sentenceIndex] ?? { start: 0, end: text.length, text, index: 0, paragraph: 0 };
  return {
    start, end, text: written, key: `unknown:${entry.name}`, name: entry.name, slug: null, side: entry.side, textTitle: entry.title || null,
    spokesperson: SPOKESPERSON_TITLE.test(entry.title) || spokespersonBefore(text, start), ...flagsOf(text, sentence, start, end, entry.name), sentence: sentenceIndex,
  };
}

interface LaterSurname {
  entry: TitledName;
  surname: string;
  at: number;
}

/**
 * "… Tan said", "a statement from McPhillips": after an unknown official is named in full,
 * their surname alone means them; not a surname the gazetteer or a common word owns, and not
 * inside another name.
 */
const SURNAME_REACH = 6000;

function laterSurnames(text: string, unknown: TitledName[]): LaterSurname[] {
  const found: LaterSurname[] = [];
  for (const entry of unknown) {
    const words = entry.name.split(/[ -]/);
    const surname = words[surnameIndex(words, entry.side)] ?? "";
    if (surname.length < 3 || FORMS.has(surname) || SURNAME_STOPWORDS.has(surname) || found.some((other) => other.surname === surname)) continue;
    const pattern = new RegExp(`\\b${escapeRegExp(surname)}\\b`, "g");
    const from = entry.nameStart + entry.name.length;
    // a bounded reach keeps the scan linear however many unknown officials a text names
    for (const match of text.slice(from, from + SURNAME_REACH).matchAll(pattern)) {
      const at = from + match.index;
      const end = at + surname.length;
      if (!RUN_ON.test(text.slice(end, end + 3)) && !insideAnotherName(text, at, end)) found.push({ entry, surname, at });
    }
  }
  return found;
}

interface Sighting {
  person: KnownPerson;
  start: number;
  end: number;
}

export function findPeople(text: string, sentences: Sentence[], published: string | null): PersonMention[] {
  const titled = titledNames(text);
  const variants: Sighting[] = titled.flatMap((entry) => {
    const person = knownVariant(entry.name, entry.side);
    return person ? [{ person, start: entry.nameStart, end: entry.nameStart + entry.name.length }] : [];
  }).sort((a, b) => a.start - b.start);
  const mentions: PersonMention[] = [];
  /** when each person was last named: a surname means the one named most recently */
  const lastSeen = new Map<string, number>();
  const record = ({ person, start, end }: Sighting) => {
    lastSeen.set(person.slug, start);
    const sentenceIndex = sentenceIndexAt(sentences, start);
    const sentence = sentences[sentenceIndex];
    if (!sentence) return;
    const textTitle = titled.find((entry) => entry.nameStart <= start && end <= entry.end)?.title ?? null;
    mentions.push({
      start, end, text: text.slice(start, end), key: person.slug, name: person.name, slug: person.slug, side: person.side, textTitle,
      spokesperson: spokespersonTitle(person, published, textTitle) || spokespersonBefore(text, start), ...flagsOf(text, sentence, start, end, person.name), sentence: sentenceIndex,
    });
  };
  // a variant is recorded in reading order, so that a surname after it can mean its person
  const pending = [...variants];
  KNOWN_NAME.lastIndex = 0;
  for (let match = KNOWN_NAME.exec(text); match; match = KNOWN_NAME.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    for (let next = pending[0]; next && next.start <= start; next = pending[0]) record(pending.shift() ?? next);
    if (variants.some((variant) => variant.start <= start && end <= variant.end)) continue;
    const form = FORMS.get(match[0].replace(/\s+/g, " "));
    if (GUARDED_SURNAMES.has(match[0]) && (/^\s+[A-Z]/.test(text.slice(end, end + 3)) || /\b(?:the|a|an)\s+$/i.test(text.slice(Math.max(0, start - 5), start)))) continue;
    if (!form) continue;
    if (PRONOUN_SURNAMES.has(match[0]) && !namedInsideSentence(text, start)) continue;
    // "Xi'an", "Li-Ning": a short form run into another word is part of that word
    if (form.short && (RUN_ON.test(text.slice(end, end + 3)) || continuesIntoName(text, end))) continue;
    const slug = form.short ? (mostRecent(form.slugs, lastSeen) ?? (form.standalone && standsAlone(text, start, end) ? form.slugs[0] : undefined)) : form.slugs[0];
    const person = slug ? PEOPLE_BY_SLUG.get(slug) : undefined;
    if (person) record({ person, start, end });
  }
  pending.forEach(record);
  const unknown = titled.filter((entry) => !mentions.some((mention) => overlaps(mention, { start: entry.nameStart, end: entry.nameStart + entry.name.length, text: "" })) && !headlineWordsOnly(text, entry));
  const unknownMentions = unknown.map((entry) => unknownMention(text, sentences, entry, entry.nameStart));
  const bySurname = laterSurnames(text, unknown).filter((later) => ![...mentions, ...unknownMentions].some((mention) => overlaps(mention, { start: later.at, end: later.at + later.surname.length, text: "" })));
  // the surname alone speaks in the capacity the full name was given: a spokesperson stays one
  const surnameMentions = bySurname.map((later) => {
    const mention = unknownMention(text, sentences, later.entry, later.at, later.surname);
    const first = unknownMentions.find((other) => other.key === mention.key);
    return { ...mention, spokesperson: mention.spokesperson || (first?.spokesperson ?? false) };
  });
  return withoutOverlaps([...mentions, ...unknownMentions, ...surnameMentions]);
}

export const findPeopleStep: Step = (state) => ({ ...state, people: findPeople(state.text, state.sentences, state.published) });
