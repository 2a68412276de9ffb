import { addDays, format, parseISO } from "date-fns";
import type { KnownPerson } from "@/lib/gazetteer/people";
import { PLACES, type KnownPlace } from "@/lib/gazetteer/places";
import { BACKGROUND_PARAGRAPHS, mulberry32, NOISE_BLOCKS, officialsOn, pick, sample, TOPIC_PARAGRAPHS, type Random } from "@/tests/bench/synthetic-corpus";

/**
 * A deterministic corpus for measuring linkage, with its ground truth: reports of distinct
 * meetings built to be confused — the same day in different places, the same place on
 * different days, the same pair on consecutive days — true duplicates (other articles about
 * the same meeting, in other words) and undated mentions of a meeting. Articles are produced
 * one at a time, so any number can be streamed to disk.
 */

interface Official {
  person: KnownPerson;
  title: string;
}

export interface LinkageMeeting {
  id: number;
  day: string;
  place: KnownPlace;
  us: Official;
  cn: Official;
}

export type LinkageRole =
  /** the first report of a meeting */
  | "first"
  /** another article about the same meeting, in other words */
  | "duplicate"
  /** an article referring to a meeting by its people and place, without its date */
  | "undated";

export interface LinkageArticle {
  fileName: string;
  text: string;
  published: string;
  /** ground truth: the meeting the article reports */
  meeting: LinkageMeeting;
  role: LinkageRole;
}

/** Cities the place recogniser knows; Taiwan's are left out because a meeting there is not read as a US–China engagement. */
const CITIES = PLACES.filter((place) => place.city === undefined && place.country !== "Taiwan");

const FIRST_DAY = new Date(Date.UTC(2021, 2, 1));
const DAYS = 1700;

const day = (date: Date) => format(date, "yyyy-MM-dd");
const shift = (value: string, days: number) => day(addDays(parseISO(value), days));
const shortName = (official: Official) => official.person.aliases[0] ?? official.person.name;

/** How an article dated `published` says the meeting's day: a weekday when it is recent, else the date. */
function whenPhrase(random: Random, meetingDay: string, published: string): string {
  const date = parseISO(meetingDay);
  const daysBefore = Math.round((parseISO(published).getTime() - date.getTime()) / 86_400_000);
  const forms = [`on ${format(date, "MMMM d")}`, `on ${format(date, "d MMMM yyyy")}`, `on ${format(date, "MMMM d, yyyy")}`];
  if (daysBefore >= 1 && daysBefore <= 5) forms.push(`on ${format(date, "EEEE")}`, `on ${format(date, "EEEE")}`);
  return pick(random, forms);
}

type Lead = (m: LinkageMeeting, when: string) => { headline: string; lead: string };

/** Ways to open a report of a meeting; a duplicate always uses another one than the first report. */
const LEADS: readonly Lead[] = [
  (m, when) => ({
    headline: `${shortName(m.us)} and ${shortName(m.cn)} hold talks in ${m.place.name}`,
    lead: `${m.place.name.toUpperCase()} — ${m.us.title} ${m.us.person.name} met ${m.cn.title} ${m.cn.person.name} in ${m.place.name} ${when}, in talks both governments described as frank.`,
  }),
  (m, when) => ({
    headline: `${shortName(m.cn)} receives ${shortName(m.us)} for talks`,
    lead: `${m.cn.title} ${m.cn.person.name} held talks with ${m.us.title} ${m.us.person.name} in ${m.place.name} ${when}. The two sides exchanged views on the relationship and on issues of mutual concern, according to a statement released afterwards.`,
  }),
  (m, when) => ({
    headline: `Readout of ${shortName(m.us)}'s meeting with ${shortName(m.cn)}`,
    lead: `${m.us.title} ${m.us.person.name} met with ${m.cn.title} ${m.cn.person.name} ${when} in ${m.place.name}. ${shortName(m.us)} stressed the importance of keeping open lines of communication, a spokesperson said.`,
  }),
  (m, when) => ({
    headline: `In ${m.place.name}, a cautious meeting between Washington and Beijing`,
    lead: `${m.us.title} ${m.us.person.name} and ${m.cn.title} ${m.cn.person.name} met in ${m.place.name} ${when}, each arriving with modest hopes for the session.`,
  }),
];

function bodyOf(random: Random, m: LinkageMeeting): string[] {
  const us = shortName(m.us);
  const cn = shortName(m.cn);
  return [
    ...sample(random, TOPIC_PARAGRAPHS, 1 + Math.floor(random() * 3)).map((write) => write(us, cn)),
    ...sample(random, BACKGROUND_PARAGRAPHS, 7 + Math.floor(random() * 5)),
    ...(random() < 0.4 ? [pick(random, NOISE_BLOCKS)] : []),
  ];
}

function report(random: Random, m: LinkageMeeting, lead: Lead): { text: string; published: string } {
  const published = shift(m.day, Math.floor(random() * 3));
  const { headline, lead: opening } = lead(m, whenPhrase(random, m.day, published));
  return { text: [headline, "By STAFF REPORTER", opening, ...bodyOf(random, m)].join("\n\n") + "\n", published };
}

/** A later article that names the meeting by its people and place only. */
function undatedMention(random: Random, m: LinkageMeeting): { text: string; published: string } {
  const published = shift(m.day, 3 + Math.floor(random() * 60));
  const us = shortName(m.us);
  const paragraphs = [
    `${us} looks back on ${m.place.name} talks`,
    `${m.us.title} ${m.us.person.name} said the talks with ${m.cn.title} ${m.cn.person.name} in ${m.place.name} had been useful, and that both sides wanted the channel to stay open.`,
    ...sample(random, BACKGROUND_PARAGRAPHS, 4 + Math.floor(random() * 4)),
  ];
  return { text: paragraphs.join("\n\n") + "\n", published };
}

type Confuser = "same-day-elsewhere" | "same-place-later" | "next-day-elsewhere" | "undated-mention" | "none";
const CONFUSERS: readonly Confuser[] = ["same-day-elsewhere", "same-place-later", "next-day-elsewhere", "undated-mention", "none"];

/** A city other than `place` and far from it (different countries or continents, never a suburb). */
function otherCity(random: Random, place: KnownPlace): KnownPlace {
  for (;;) {
    const city = pick(random, CITIES);
    if (city.name !== place.name && Math.abs(city.latitude - place.latitude) + Math.abs(city.longitude - place.longitude) > 3) return city;
  }
}

class MeetingPlanner {
  private nextId = 0;
  /** one meeting per pair of officials a day: two with the same pair on one day would be the same meeting */
  private readonly pairDays = new Set<string>();

  constructor(private readonly random: Random) {}

  plan(dayOf: string, place: KnownPlace, us?: Official, cn?: Official): LinkageMeeting | null {
    const usOfficial = us ?? pick(this.random, officialsOn("US", dayOf));
    const cnOfficial = cn ?? pick(this.random, officialsOn("CN", dayOf));
    const key = `${usOfficial.person.slug}|${cnOfficial.person.slug}|${dayOf}`;
    if (this.pairDays.has(key)) return null;
    this.pairDays.add(key);
    this.nextId += 1;
    return { id: this.nextId, day: dayOf, place, us: usOfficial, cn: cnOfficial };
  }
}

type Planned = Omit<LinkageArticle, "fileName">;

/** The articles of one base meeting and its confuser, in the order they would appear. */
function group(random: Random, planner: MeetingPlanner, confuser: Confuser): Planned[] {
  const baseDay = day(addDays(FIRST_DAY, Math.floor(random() * DAYS)));
  const base = planner.plan(baseDay, pick(random, CITIES));
  if (base === null) return [];
  const [firstLead, duplicateLead] = sample(random, LEADS, 2) as [Lead, Lead];
  const articles: Planned[] = [{ ...report(random, base, firstLead), meeting: base, role: "first" }];

  let other: LinkageMeeting | null = null;
  if (confuser === "same-day-elsewhere") {
    // One official meets two different counterparts on one day in two cities.
    const keepUs = random() < 0.5;
    other = planner.plan(base.day, otherCity(random, base.place), keepUs ? base.us : undefined, keepUs ? undefined : base.cn);
  } else if (confuser === "same-place-later") {
    other = planner.plan(shift(base.day, 2 + Math.floor(random() * 40)), base.place, base.us, base.cn);
  } else if (confuser === "next-day-elsewhere") {
    other = planner.plan(shift(base.day, 1), otherCity(random, base.place), base.us, base.cn);
  }
  if (other !== null) {
    articles.push({ ...report(random, other, pick(random, LEADS)), meeting: other, role: "first" });
    if (random() < 0.2) articles.push({ ...report(random, other, pick(random, LEADS.filter((lead) => lead !== firstLead))), meeting: other, role: "duplicate" });
  }
  if (random() < 0.35) articles.push({ ...report(random, base, duplicateLead), meeting: base, role: "duplicate" });
  if (confuser === "undated-mention") articles.push({ ...undatedMention(random, base), meeting: base, role: "undated" });
  return articles;
}

/**
 * Yields `count` articles; the same seed always gives the same corpus. Groups are interleaved
 * (a few open at a time) so that related reports do not always arrive one after another, while
 * an undated mention still follows the report of its meeting.
 */
export function* generateLinkageCorpus(count: number, seed = 20261130): Generator<LinkageArticle> {
  const random = mulberry32(seed);
  const planner = new MeetingPlanner(random);
  const open: Planned[][] = [];
  let groups = 0;
  for (let index = 0; index < count; ) {
    while (open.length < 8) {
      const next = group(random, planner, CONFUSERS[groups % CONFUSERS.length] as Confuser);
      groups += 1;
      if (next.length > 0) open.push(next);
    }
    const at = Math.floor(random() * open.length);
    const article = open[at]?.shift();
    if (open[at]?.length === 0) open.splice(at, 1);
    if (article === undefined) continue;
    yield { ...article, fileName: `linkage-${String(index).padStart(5, "0")}.txt` };
    index += 1;
  }
}
