/**
 * Step 5: language. Non-Latin scripts decide by themselves (Greek → el, Han → zh …); Latin
 * text is scored by the share of words that are common function words of each language. It
 * is a plain, explainable measure: English news prose runs at 35–50 % function words, other
 * Latin-script languages at a few percent of English ones.
 */
import { countScripts, dominantScript, type Script } from "./script";

const SCRIPT_LANGUAGE: Partial<Record<Script, string>> = {
  greek: "el", han: "zh", kana: "ja", hangul: "ko", arabic: "ar", hebrew: "he", devanagari: "hi", thai: "th", cyrillic: "ru",
};

const FUNCTION_WORDS: Record<string, string> = {
  en: "the of and to in a is that for on with as was by at from it be are has have he his said not this an but which were their will its who had they would been or",
  es: "el la de que y en los las del se por un una con para es su al lo como más pero sus le ya o fue este ha",
  fr: "le la les de des et en un une du est que pour dans qui sur au pas par ne il elle avec ce sont aux son sa ont",
  de: "der die das und ist nicht ein eine zu den von mit sich des auf für im dem als auch es an wird bei aus sie nach",
  pt: "o a os as de do da dos das e em um uma que para com não por se na no mais foi ao pelo pela",
  it: "il lo la gli le di del della e che in un una per con non si è sono da al alla anche come più ma",
  nl: "de het een en van in is dat op te zijn met voor niet aan er ook als bij door maar om",
  id: "yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga adalah oleh ada",
};
const WORD_SETS = Object.entries(FUNCTION_WORDS).map(([code, words]) => [code, new Set(words.split(" "))] as const);

/** Below this share of function words, Latin text is not confidently any language. */
const MIN_SHARE = 0.12;
const MIN_WORDS = 20;
/** English prose runs at 35–50 % function words: a tenth of a text's words means a good part of it is English */
const MIXED_ENGLISH_SHARE = 0.1;

export interface DetectedLanguage {
  language: string;
  reason: string;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

function detectLatin(text: string): DetectedLanguage {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return { language: "und", reason: `only ${words.length} words: too short to tell` };
  // One pass over the words, each looked up in every language's set.
  const hits = WORD_SETS.map(() => 0);
  const sets = WORD_SETS.map(([, set]) => set);
  for (const word of words) {
    for (let index = 0; index < sets.length; index += 1) if (sets[index]?.has(word)) hits[index] = (hits[index] ?? 0) + 1;
  }
  const shares = WORD_SETS.map(([code], index) => ({ code, share: (hits[index] ?? 0) / words.length })).sort((a, b) => b.share - a.share);
  const [best, next] = shares;
  if (!best || best.share < MIN_SHARE) return { language: "und", reason: `Latin script, but no language's common words reach ${percent(MIN_SHARE)} of ${words.length} words` };
  // a page in two languages, one of them English ("Washington (AP) — … / Washington (AP) — …"): its English half is read
  const english = shares.find((entry) => entry.code === "en");
  if (best.code !== "en" && english && english.share >= MIXED_ENGLISH_SHARE && english.share * 2 >= best.share) {
    return { language: "en", reason: `Latin script in two languages: ${percent(best.share)} of ${words.length} words are common ${best.code} function words and ${percent(english.share)} English ones, so part of it is English` };
  }
  const runnerUp = next ? ` (next: ${next.code} ${percent(next.share)})` : "";
  return { language: best.code, reason: `Latin script; ${percent(best.share)} of ${words.length} words are common ${best.code} function words${runnerUp}` };
}

export function detectLanguage(text: string): DetectedLanguage {
  const script = dominantScript(text);
  if (!script) return { language: "und", reason: "no letters" };
  if (script.script === "latin") return detectLatin(text);
  // Japanese mixes kanji with kana: any sizeable kana share means Japanese, not Chinese
  const kana = script.script === "han" && (countScripts(text).get("kana") ?? 0) > script.letters * 0.1;
  const language = kana ? "ja" : (SCRIPT_LANGUAGE[script.script] ?? "und");
  return { language, reason: `${percent(script.share)} of ${script.letters} letters are ${kana ? "kanji and kana" : script.script} script` };
}
