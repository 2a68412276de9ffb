import type { DraftEngagement, PersonMention } from "@/lib/extract/types";

/** Findings grouped by sentence index, built once per step so no step rescans the whole text. */
export function groupBySentence<T extends { sentence: number }>(items: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(item.sentence);
    if (group) group.push(item);
    else groups.set(item.sentence, [item]);
  }
  return groups;
}

export function itemsIn<T>(groups: Map<number, T[]>, sentence: number): T[] {
  return groups.get(sentence) ?? [];
}

/** The sentence indexes of two lists, once each, in reading order. */
export function unionOfSentences(a: readonly number[], b: readonly number[]): number[] {
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

/** Whether the sentence names one of the engagement's own participants ("Blinken arrived on Sunday" for Blinken's visit). */
export function namesItsPeople(people: readonly PersonMention[], engagement: DraftEngagement, sentence: number): boolean {
  return people.some((person) => person.sentence === sentence && engagement.participants.some((participation) => participation.person.key === person.key));
}
