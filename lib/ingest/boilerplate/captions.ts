/**
 * Photo captions and credits. A caption is a paragraph ending in a parenthesised credit
 * ("(Name / Agency)", "(Name/The New York Times via AP, Pool)", "(U.S. Navy photo by …)");
 * a credit line is only a credit ("Doug Mills / AP", "AP Photo/Evan Vucci", "Getty Images",
 * "(Juneau Empire file photo)"); a bare agency name ("Associated Press") is the story's credit, not a photo's. Parentheses that are not credits ("(D-Calif.)", "(MMCA)") are prose.
 */
import type { RemovalReason } from "../types";
import type { Rule } from "./rule";
import { countWords, endsSentence } from "./units";

const AGENCIES = String.raw`AP|Associated Press|Reuters|REUTERS|AFP|EPA|EPA-EFE|Xinhua|Bloomberg|Getty Images|Getty|Kyodo|Yonhap|Pool|POOL|Shutterstock|Alamy|NurPhoto|SOPA Images|Sipa|Imaginechina|VCG|CNS|Reuters Pool|AP Pool`;
const AGENCY = new RegExp(String.raw`(?:^|[\s/(])(?:${AGENCIES})(?:$|[\s/),.])`);
const PHOTO_WORDS = /\b(?:photos?|photograph(?:er|s)?|file photo|pool|getty|images|screenshot|screen grab|courtesy|credit|handout|illustration|video still|via AP|via Reuters)\b/i;
/** "Name Name / Organisation": two or more capitalised words before a slash. */
const PERSON_SLASH_ORG = /^[\p{Lu}][\p{L}.'’-]*(?:\s[\p{Lu}][\p{L}.'’-]*){1,3}\s?\/\s?[\p{Lu}\p{N}]/u;
const TRAILING_PARENTHESIS = /\(([^()]{2,120})\)$/;

export function isCreditText(text: string): boolean {
  if (countWords(text) > 14 || /[.!?]$/.test(text.replace(/\b(?:Jr|Sr|Cmdr|Sgt|Lt|Col|Capt|St|Dr|Mr|Ms|Mrs|Gen|Adm|U\.S|U\.K)\.$/, ""))) return false;
  return PHOTO_WORDS.test(text) || PERSON_SLASH_ORG.test(text) || (text.includes("/") && AGENCY.test(text));
}

/** Bare credits end with an image agency or a photo label ("Getty Images", "Pool Photo"). */
const CREDIT_TAIL = /(?:^|\s)(?:via\s+)?(?:Getty Images|AP Photo|Pool Photo|File Photo|Handout)$/i;
const CREDIT_LABEL = /^(?:photo|image|picture|credit|photo credit|photograph)s?\s*:/i;

/** A line that is only a credit. Unlike a parenthesised credit, a bare line needs credit shape, not just a photo word: "Lawmakers study balloon photos" is a headline. */
function isCreditLine(text: string): boolean {
  const parenthesised = /^\((.+)\)$/.exec(text);
  if (parenthesised) return isCreditText(parenthesised[1] ?? "");
  if (countWords(text) > 10 || endsSentence(text)) return false;
  const slashCredit = text.includes("/") && (PERSON_SLASH_ORG.test(text) || AGENCY.test(text));
  return CREDIT_LABEL.test(text) || CREDIT_TAIL.test(text) || slashCredit;
}

function isCaption(text: string): boolean {
  const credit = TRAILING_PARENTHESIS.exec(text)?.[1];
  return credit !== undefined && text.length > credit.length + 2 && isCreditText(credit);
}

function captionReason(text: string): RemovalReason | null {
  if (isCreditLine(text)) return "photo-credit";
  return isCaption(text) ? "photo-caption" : null;
}

export const dropCaptions: Rule = (units) =>
  units.flatMap((unit) => {
    const reason = captionReason(unit.text);
    return reason ? [{ unit, reason }] : [];
  });
