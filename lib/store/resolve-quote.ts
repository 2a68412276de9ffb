import { AppError } from "@/lib/errors";

/** How many characters of context a stored selector keeps on each side of the quote. */
export const SELECTOR_CONTEXT = 32;

export interface TextQuote {
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface ResolvedQuote {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

function allIndexesOf(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** The stored selector for a span: the exact text with up to SELECTOR_CONTEXT characters around it. */
export function selectorAt(text: string, start: number, end: number): ResolvedQuote {
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - SELECTOR_CONTEXT), start),
    suffix: text.slice(end, end + SELECTOR_CONTEXT),
  };
}

/**
 * Resolves a W3C text-quote selector to offsets in `text`. The quote must occur verbatim;
 * where it occurs more than once, prefix and/or suffix must single out one occurrence.
 * `where` names the fact for the error message.
 */
export function resolveQuote(text: string, quote: TextQuote, where: string): ResolvedQuote {
  const occurrences = allIndexesOf(text, quote.exact);
  if (occurrences.length === 0) {
    throw new AppError("QUOTE_NOT_FOUND", `${where}: quote not found verbatim: "${quote.exact}"`, { quote: quote.exact });
  }
  const matching = occurrences.filter((start) => {
    const end = start + quote.exact.length;
    const prefixOk = !quote.prefix || text.slice(Math.max(0, start - quote.prefix.length), start) === quote.prefix;
    const suffixOk = !quote.suffix || text.slice(end, end + quote.suffix.length) === quote.suffix;
    return prefixOk && suffixOk;
  });
  if (matching.length === 0) {
    throw new AppError("QUOTE_NOT_FOUND", `${where}: quote found, but not with the given prefix/suffix: "${quote.exact}"`, { quote: quote.exact });
  }
  const [start, ...others] = matching;
  if (start === undefined || others.length > 0) {
    throw new AppError(
      "QUOTE_AMBIGUOUS",
      `${where}: quote occurs ${matching.length} times; add a prefix or suffix to pick one: "${quote.exact}"`,
      { quote: quote.exact, occurrences: matching.length },
    );
  }
  return selectorAt(text, start, start + quote.exact.length);
}
