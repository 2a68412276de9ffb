/** "1 source", "3 sources": English plural for the nouns this app counts. */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

export function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}
