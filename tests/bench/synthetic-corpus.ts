import { format, addDays } from "date-fns";
import { PEOPLE, titleOn, type KnownPerson } from "@/lib/gazetteer/people";
import { PLACES } from "@/lib/gazetteer/places";

/**
 * A deterministic generator of realistic wire-style articles about US–China engagements,
 * with the noise real pages carry (captions, related-story lists, comment forms). Articles
 * are produced one at a time so a benchmark can stream any number without holding them.
 */

export interface SyntheticArticle {
  fileName: string;
  text: string;
  published: string;
}

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
export const pick = <T,>(random: Random, items: readonly T[]): T => {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
};

/** `count` distinct items in random order. */
export function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, count);
}

export function officialsOn(side: "US" | "CN", day: string): { person: KnownPerson; title: string }[] {
  return PEOPLE.filter((person) => person.side === side)
    .map((person) => ({ person, title: titleOn(person, day) }))
    .filter((entry): entry is { person: KnownPerson; title: string } => entry.title !== null && !/spokes|press|speaker/i.test(entry.title));
}

export const TOPIC_PARAGRAPHS: readonly ((us: string, cn: string) => string)[] = [
  (us, cn) => `${us} pressed ${cn} on the flow of fentanyl precursor chemicals, according to a readout released after the session, and the two sides agreed to expand a counternarcotics working group.`,
  (us, cn) => `On military communication, ${us} urged ${cn} to keep channels between the two armed forces open, and officials said theater commanders would hold a call in the coming weeks.`,
  (us, cn) => `${cn} warned that Taiwan remained the most important and most sensitive issue in the relationship, while ${us} repeated that Washington opposed any unilateral change to the status quo.`,
  (_us, cn) => `The two officials discussed export controls on advanced chips, with ${cn} calling the restrictions an attempt to contain China's development.`,
  (us, cn) => `${us} raised concerns about Beijing's support for Russia's war in Ukraine, a senior official told reporters, and ${cn} rejected the criticism.`,
  (us, cn) => `Tariffs featured prominently: ${us} and ${cn} agreed to keep talking about trade imbalances and market access before the next round.`,
  (us, cn) => `${us} also brought up the cases of Americans detained in China, and ${cn} said the matter would be handled according to law.`,
  () => `Climate cooperation came up as well, with both sides announcing plans to resume a working group on methane emissions.`,
  (us, cn) => `${us} and ${cn} discussed the risks of artificial intelligence and agreed that humans, not AI, should control decisions on nuclear weapons.`,
  (us) => `The South China Sea was also on the agenda after recent confrontations near Second Thomas Shoal, which ${us} described as dangerous.`,
];

export const BACKGROUND_PARAGRAPHS: readonly string[] = [
  "Relations between the world's two largest economies have swung between confrontation and cautious repair since the pandemic, with each round of talks followed by new frictions over trade, technology and security.",
  "Officials in Washington have described their approach as managing competition responsibly, a phrase meant to signal that the United States wants to avoid conflict while continuing to press Beijing on areas of disagreement.",
  "Chinese state media struck a measured tone ahead of the session, saying the two countries should find the right way to get along and warning against what commentators called a Cold War mentality.",
  "Business groups on both sides have urged the governments to stabilise ties, pointing to supply chains that remain deeply intertwined despite years of tariffs and investment restrictions.",
  "Members of Congress from both parties have pushed the administration to take a harder line, and several lawmakers said before the meeting that they would be watching for concrete commitments rather than statements.",
  "Diplomats in the region followed the talks closely. Governments in Southeast Asia have long said they do not want to be forced to choose between Washington and Beijing.",
  "The last time officials at this level met, the two sides agreed to keep lines of communication open, but follow-up work stalled for months amid disputes over sanctions and military activity near Taiwan.",
  "Experts cautioned against expecting too much. “These meetings are about keeping the floor under the relationship,” said a former diplomat who served in Beijing. “Nobody should expect them to change its direction.”",
  "China's foreign ministry said in a statement that the United States should stop interfering in China's internal affairs and respect its core interests, language Beijing uses frequently in such readouts.",
  "The State Department said the talks were part of ongoing efforts to maintain open lines of communication and responsibly manage the relationship, adding that the two sides would stay in touch.",
  "Trade between the two countries has held up better than many expected, even as companies diversify production to other parts of Asia and both governments tighten rules on sensitive technology.",
  "Preparations for the meeting took weeks, officials said, with working-level teams exchanging drafts of possible deliverables and negotiating the format down to the seating arrangements.",
];

export const NOISE_BLOCKS: readonly string[] = [
  "More in News\n\nCity council delays vote on harbor budget\n\nThe council will take up the measure again next month… Continue reading\n\nSchool board names new superintendent\n\nMost Read",
  "Leave a Reply\n\nYour email address will not be published. Required fields are marked *",
  "Source link\n\nAbout The Author\n\nScroll to Top",
  "Share this:\n\nFacebook\n\nX\n\nEmail\n\nPrint",
];

const VERBS = ["met with", "held talks with", "sat down with"] as const;

function articleFor(index: number, random: Random): SyntheticArticle {
  const day = addDays(new Date(Date.UTC(2021, 2, 1)), Math.floor(random() * 1700));
  const meetingDay = format(day, "yyyy-MM-dd");
  const published = format(addDays(day, 1), "yyyy-MM-dd");
  const us = pick(random, officialsOn("US", meetingDay));
  const cn = pick(random, officialsOn("CN", meetingDay));
  const place = pick(random, PLACES);
  const weekday = format(day, "EEEE");
  const usName = us.person.name;
  const cnName = cn.person.name;
  const usShort = us.person.aliases[0] ?? usName;
  const cnShort = cn.person.aliases[0] ?? cnName;

  const paragraphs: string[] = [
    `${usShort} and ${cnShort} meet in ${place.name} as both sides test the limits of détente`,
    `By STAFF REPORTER`,
    `${place.name.toUpperCase()} — ${us.title} ${usName} ${pick(random, VERBS)} ${cn.title} ${cnName} in ${place.name} on ${weekday}, the latest in a series of high-level contacts meant to keep relations between Washington and Beijing from sliding into open confrontation.`,
    `The meeting, which lasted about ${2 + Math.floor(random() * 4)} hours, was described by both governments as candid and constructive, though neither side announced a breakthrough.`,
  ];
  paragraphs.push(...sample(random, TOPIC_PARAGRAPHS, 1 + Math.floor(random() * 4)).map((write) => write(usShort, cnShort)));
  paragraphs.push(...sample(random, BACKGROUND_PARAGRAPHS, 6 + Math.floor(random() * 6)));
  paragraphs.push(
    `Analysts said the talks mattered as much for their tone as their substance. “Keeping the channel open is itself the result,” said a scholar of Chinese foreign policy at a Washington research institute.`,
    `The relationship has been strained for years by disputes over technology, security and human rights, and officials on both sides have said they expect further meetings later this year.`,
  );
  if (random() < 0.5) paragraphs.push(pick(random, NOISE_BLOCKS));
  if (random() < 0.3) paragraphs.splice(1, 0, `${usName} shakes hands with ${cnName} before their talks in ${place.name}. (Staff Photographer / Pool Photo)`);
  return { fileName: `synthetic-${String(index).padStart(5, "0")}.txt`, text: `${paragraphs.join("\n\n")}\n`, published };
}

/** Yields `count` articles; the same seed always gives the same corpus. */
export function* generateSyntheticCorpus(count: number, seed = 20261122): Generator<SyntheticArticle> {
  const random = mulberry32(seed);
  for (let index = 0; index < count; index += 1) yield articleFor(index, random);
}
