import { PEOPLE, titleOn, type KnownPerson } from "@/lib/gazetteer/people";
import { compilePhrases, overlaps, sentenceIndexAt, withoutOverlaps } from "@/lib/extract/text";
import type { PersonMention, Sentence, Step } from "@/lib/extract/types";
import type { Side } from "@/lib/taxonomy/enums";

/**
 * Step 3: people. Known officials by full name or multi-word alias; a surname alone only
 * after its full name appeared (it then means the person named last with that surname).
 * Unknown officials from title patterns ("Chinese Vice Premier X", "his Chinese counterpart, X").
 */

/** Surnames that are also common English words: never read alone as a person. */
const SURNAME_STOPWORDS = new Set(["He", "Price", "Bass", "Chase", "Young", "Rice", "Long", "May", "Page", "Miller", "Johnson", "Brown"]);

interface Form {
  slugs: string[];
  /** a surname or single-word alias: only meaningful after the full name */
  short: boolean;
}

function surnameOf(person: KnownPerson): string | null {
  const tokens = person.name.replace(/,?\s+(?:Jr\.|Sr\.|III|II)$/, "").split(/\s+/);
  if (person.side === "other" || tokens.length < 2) return null;
  return (person.side === "CN" ? tokens[0] : tokens[tokens.length - 1]) ?? null;
}

function buildForms(): Map<string, Form> {
  const forms = new Map<string, Form>();
  const add = (form: string, slug: string, short: boolean) => {
    const existing = forms.get(form);
    if (existing) {
      if (!existing.slugs.includes(slug)) existing.slugs.push(slug);
      existing.short ||= short;
    } else forms.set(form, { slugs: [slug], short });
  };
  for (const person of PEOPLE) {
    for (const form of [person.name, ...person.aliases]) add(form, person.slug, !/\s/.test(form));
    const surname = surnameOf(person);
    if (surname && !SURNAME_STOPWORDS.has(surname)) add(surname, person.slug, true);
  }
  return forms;
}

const FORMS = buildForms();
const KNOWN_NAME = compilePhrases([...FORMS.keys()], "g");
const PEOPLE_BY_SLUG = new Map(PEOPLE.map((person) => [person.slug, person]));

const NATIONALITY = "(Chinese|China['’]s|Beijing['’]s|U\\.S\\.|US|American|America['’]s|Washington['’]s|the United States['’])";
const ROLE_NOUN = "(?:[Vv]ice [Pp]remier|[Pp]remier|[Pp]resident|[Mm]inister|[Ss]ecretary|[Aa]mbassador|[Aa]dviser|[Aa]dvisor|[Ee]nvoy|[Rr]epresentative|[Cc]ouncilor|[Cc]hief|[Gg]eneral|[Aa]dmiral|[Dd]irector|[Cc]ommander|[Cc]hairman|[Ss]pokes(?:man|woman|person)|[Cc]ounterpart|[Ll]eader|[Gg]overnor|[Ss]peaker|[Oo]fficial)";
const ROLE = `((?:[A-Za-z.&-]+\\s+){0,4}?${ROLE_NOUN}(?:\\s+(?:of|for|to)\\s+(?:the\\s+)?(?:[A-Z][a-z]+\\s*){1,4})?)`;
const NAME = "([A-Z][a-z]+(?:[ -][A-Z][a-z'’]+){1,2})";
/** "Chinese Vice Premier He Lifeng", "China's defense minister, Dong Jun", "his Chinese counterpart, Wang Yi" */
const TITLE_BEFORE_NAME = new RegExp(`\\b${NATIONALITY}\\s+${ROLE},?\\s+${NAME}`, "g");
/** "Nicholas Burns, the U.S. ambassador to China," */
const TITLE_AFTER_NAME = new RegExp(`${NAME},\\s+(?:the\\s+)?${NATIONALITY}\\s+${ROLE}`, "g");

const FORMER_BEFORE = /\bformer\s+(?:[\w.'’-]+\s+){0,4}$/i;
const SPEECH_AFTER = /^(?:,[^,]{0,90},)?\s+(?:said|says|told|stated|explained|revealed|reported|added|noted|emphasized|highlighted|shared|stressed|warned|wrote|insisted|argued)\b/;
const SPOKESPERSON_TITLE = /spokes|press secretary/i;

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

function titledNames(text: string): TitledName[] {
  const found: TitledName[] = [];
  for (const pattern of [TITLE_BEFORE_NAME, TITLE_AFTER_NAME]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const before = pattern === TITLE_BEFORE_NAME;
      const [nationality, title, name] = before ? [match[1], match[2], match[3]] : [match[2], match[3], match[1]];
      if (!nationality || !title || !name) continue;
      const nameStart = before ? match.index + match[0].length - name.length : match.index;
      found.push({ start: match.index, end: match.index + match[0].length, name, side: sideOfNationality(nationality), title: title.trim(), nameStart });
      // a name may start the next pattern ("… Wang Yi and China's …"): rescan from the name's end
      pattern.lastIndex = nameStart + name.length;
    }
  }
  return found;
}

function flagsOf(text: string, sentence: Sentence, start: number, end: number) {
  return {
    former: FORMER_BEFORE.test(text.slice(Math.max(sentence.start, start - 60), start)),
    speaker: SPEECH_AFTER.test(text.slice(end, Math.min(sentence.end, end + 120))),
  };
}

function spokespersonTitle(person: KnownPerson, day: string | null, textTitle: string | null): boolean {
  const title = day ? titleOn(person, day) : (person.titles[person.titles.length - 1]?.title ?? null);
  return SPOKESPERSON_TITLE.test(title ?? "") || SPOKESPERSON_TITLE.test(textTitle ?? "");
}

function mostRecent(slugs: string[], lastSeen: Map<string, number>): string | undefined {
  let best: string | undefined;
  for (const slug of slugs) if ((lastSeen.get(slug) ?? -1) > (best === undefined ? -1 : (lastSeen.get(best) ?? -1))) best = slug;
  return best;
}

export function findPeople(text: string, sentences: Sentence[], published: string | null): PersonMention[] {
  const titled = titledNames(text);
  const mentions: PersonMention[] = [];
  /** when each person was last named: a surname means the one named most recently */
  const lastSeen = new Map<string, number>();
  KNOWN_NAME.lastIndex = 0;
  for (let match = KNOWN_NAME.exec(text); match; match = KNOWN_NAME.exec(text)) {
    const form = FORMS.get(match[0].replace(/\s+/g, " "));
    if (!form) continue;
    const slug = form.short ? mostRecent(form.slugs, lastSeen) : form.slugs[0];
    const person = slug ? PEOPLE_BY_SLUG.get(slug) : undefined;
    if (!person) continue;
    lastSeen.set(person.slug, match.index);
    const start = match.index;
    const end = start + match[0].length;
    const sentenceIndex = sentenceIndexAt(sentences, start);
    const sentence = sentences[sentenceIndex];
    if (!sentence) continue;
    const textTitle = titled.find((entry) => entry.nameStart <= start && end <= entry.end)?.title ?? null;
    mentions.push({
      start, end, text: match[0], key: person.slug, name: person.name, slug: person.slug, side: person.side, textTitle,
      spokesperson: spokespersonTitle(person, published, textTitle), ...flagsOf(text, sentence, start, end), sentence: sentenceIndex,
    });
  }
  const unknown = titled
    .filter((entry) => !mentions.some((mention) => overlaps(mention, { start: entry.nameStart, end: entry.nameStart + entry.name.length, text: "" })))
    .map((entry): PersonMention => {
      const start = entry.nameStart;
      const end = start + entry.name.length;
      const sentenceIndex = sentenceIndexAt(sentences, start);
      const sentence = sentences[sentenceIndex] ?? { start: 0, end: text.length, text, index: 0, paragraph: 0 };
      return {
        start, end, text: entry.name, key: `unknown:${entry.name}`, name: entry.name, slug: null, side: entry.side, textTitle: entry.title,
        spokesperson: SPOKESPERSON_TITLE.test(entry.title), ...flagsOf(text, sentence, start, end), sentence: sentenceIndex,
      };
    });
  return withoutOverlaps([...mentions, ...unknown]);
}

export const findPeopleStep: Step = (state) => ({ ...state, people: findPeople(state.text, state.sentences, state.published) });
