/**
 * A trailing block in another writing system than the article (a Greek comment form under an
 * English story, a Chinese footer under a Latin one) is page furniture of a reprinting site.
 * Only whole trailing lines count, and only while they stay a small part of the text, so a
 * Greek word quoted inside an English sentence is untouched.
 */
import { dominantScript } from "../script";
import type { Rule } from "./rule";
import type { Unit } from "./units";

/** The trailer must hold under this share of the article's letters, or it is the article. */
const MAX_TRAILER_SHARE = 0.25;

export const dropForeignTrailer: Rule = (units) => {
  const article = dominantScript(units.map((unit) => unit.text).join("\n"));
  if (!article) return [];
  const trailer: Unit[] = [];
  let foreignLetters = 0;
  for (let i = units.length - 1; i >= 0; i--) {
    const unit = units[i];
    if (!unit) break;
    const own = dominantScript(unit.text);
    if (own?.script === article.script) break;
    trailer.unshift(unit);
    foreignLetters += own?.letters ?? 0;
  }
  if (foreignLetters === 0 || foreignLetters > article.letters * MAX_TRAILER_SHARE) return [];
  return trailer.map((unit) => ({ unit, reason: "foreign-script-trailer" as const }));
};
