/**
 * Sections that close an article: "More in News" / "Related" / "Most Read" lists, comment
 * forms in several languages, author boxes. A heading line starts the section. When no
 * story prose follows it (two full paragraphs in a row), everything from the heading to the
 * end goes; otherwise (a related box in mid-article) only the heading and the list items
 * right after it. Comment forms always run to the end: only reader comments follow them.
 */
import type { RemovalReason } from "../types";
import type { Rule } from "./rule";
import { countWords, isHeadlineLike, isStoryParagraph, isTeaser, type Unit } from "./units";

const LIST_HEADING = new RegExp(
  "^(?:more (?:in|from|on|about) [\\p{L}\\p{N} &'’.-]{1,40}|more (?:stories|news|coverage|headlines)|related(?: (?:articles?|stories|coverage|content|news|posts|reading|links|topics))?" +
    "|most (?:read|popular|viewed|shared|watched)|popular(?: now| stories| articles)?|trending(?: now| stories| news)?" +
    "|recommended(?: for you| stories| reading| articles| videos)?|you (?:may|might) (?:also )?(?:like|be interested in)|read (?:more|next)|what to read next" +
    "|latest(?: news| stories| headlines)?|top stories|editor[’']?s picks|also read|sponsored(?: content| stories)?|from around the web|in other news|more to explore)\\s*:?$",
  "iu",
);

/** Comment-form phrases, as WordPress and similar systems print them in several languages; text may follow on the line. */
const COMMENT_FORM_PHRASE = new RegExp(
  "^(?:leave a (?:reply|comment)|post a comment|add a comment|join the (?:conversation|discussion)|cancel reply|your email address will not be published" +
    "|αφήστε (?:μια απάντηση|ένα σχόλιο)|η ηλ\\. διεύθυνση σας δεν δημοσιεύεται" +
    "|deja (?:una respuesta|un comentario)|tu dirección de correo electrónico no será publicada" +
    "|laisser (?:un commentaire|une réponse)|votre adresse (?:e-mail|de messagerie) ne sera pas publiée" +
    "|schreibe(?:n sie)? einen kommentar|hinterlasse einen kommentar|deine e-mail-adresse wird nicht veröffentlicht" +
    "|lascia (?:un commento|una risposta)|deixe (?:um comentário|uma resposta)|laat een reactie achter|tinggalkan balasan|bir yanıt yazın|dodaj komentarz" +
    "|(?:оставьте|оставить|добавить) (?:комментарий|ответ)|ваш адрес email не будет опубликован" +
    "|发表(?:评论|回复)|コメントを(?:残す|書く)|답글 남기기)",
  "iu",
);

/** A bare "Comments" heading in several languages, possibly with a count: the whole line, nothing else. */
const COMMENT_HEADING = /^(?:\d+\s+)?(?:comments?|σχόλια|comentarios|commentaires|kommentare|комментарии|评论|留言|コメント|댓글)(?:\s*\(\d+\)|\s+\d+)?\s*:?$/iu;

const AUTHOR_BOX = /^(?:about (?:the|this) (?:author|writer|reporter)|author bio|about us)\s*:?$/i;

type SectionKind = "list" | "form" | "author";

function sectionKind(text: string): SectionKind | null {
  if ((COMMENT_FORM_PHRASE.test(text) && countWords(text) <= 14) || COMMENT_HEADING.test(text)) return "form";
  if (LIST_HEADING.test(text)) return "list";
  if (AUTHOR_BOX.test(text)) return "author";
  return null;
}

const REASON: Record<SectionKind, RemovalReason> = { list: "related-list", form: "comment-form", author: "trailer" };

function hasStoryRun(units: readonly Unit[]): boolean {
  return units.some((unit, i) => isStoryParagraph(unit.text) && isStoryParagraph(units[i + 1]?.text ?? ""));
}

/**
 * The list items right after a heading: headlines, teasers, and a dek under a headline when
 * another item (or the end) follows it, so the first story paragraph after a box is never taken.
 */
function listItemCount(after: readonly Unit[]): number {
  let count = 0;
  for (const [i, unit] of after.entries()) {
    const next = after[i + 1]?.text;
    const isItem = (text: string) => isHeadlineLike(text) || isTeaser(text) || sectionKind(text) !== null;
    const isDek = i > 0 && isHeadlineLike(after[i - 1]?.text ?? "") && countWords(unit.text) <= 35 && (next === undefined || isItem(next));
    if (!(isItem(unit.text) || isDek)) break;
    count = i + 1;
  }
  return count;
}

export const dropClosingSections: Rule = (units) => {
  const index = units.findIndex((unit) => sectionKind(unit.text) !== null);
  const heading = units[index];
  if (!heading) return [];
  const kind = sectionKind(heading.text) ?? "list";
  const after = units.slice(index + 1);
  const toEnd = kind === "form" || !hasStoryRun(after);
  const taken = toEnd ? after.length : listItemCount(after);
  const dropped = units.slice(index, index + 1 + taken).map((unit) => ({ unit, reason: REASON[kind] }));
  // a mid-article box may be followed by further sections later in the text
  return toEnd ? dropped : [...dropped, ...dropClosingSections(units.slice(index + 1 + taken))];
};
