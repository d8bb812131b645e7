/**
 * The terms a reader has said they know, kept in this browser only (localStorage). Pure: used by
 * the head script before the first paint, by the page's scripts, and by tests.
 */

export const KNOWN_TERMS_KEY = "gloss:known-terms";

/** The <style> the head script writes and the page's scripts rewrite when the list changes. */
export const KNOWN_TERMS_STYLE_ID = "known-terms-style";

/** The known-term toggle on every glossary entry and term card carries the term's id. */
export const KNOW_BUTTON_ATTRIBUTE = "data-know";

/** The terms a saved value names, without repeats or anything that is not a term id. */
export function parseKnownTerms(saved: string | null): string[] {
  try {
    const value: unknown = JSON.parse(saved ?? "[]");
    if (!Array.isArray(value)) return [];
    return [...new Set(value.filter((id): id is string => typeof id === "string" && /^[a-z0-9][a-z0-9-]*$/.test(id)))];
  } catch {
    return [];
  }
}

/**
 * The rules that show known terms as known, unless the reader asked to explain every term: their
 * mentions as plain text, and on screen (never on paper) their sidebar entries taken out of view
 * (counted, for the "Terms you know (n)" fold, which shows when the article has any). Written by
 * the head script before the first paint, so nothing moves when the page's scripts take over.
 * Self-contained, and given checked ids, so that the head script can carry its source as it is.
 */
export function knownTermsCss(ids: string[]): string {
  if (ids.length === 0) return "";
  const unless = 'html:not([data-explain="all"]) ';
  const entries = ids.map((id) => `#glossary-${id}`);
  const mentions = ids.map((id) => `${unless}a.term[data-term="${id}"]`);
  return (
    `${mentions.join(",")}{color:inherit;text-decoration:none;cursor:auto}` +
    `@media screen{${entries.map((entry) => unless + entry).join(",")}` +
    "{position:absolute;width:1px;height:1px;overflow:hidden;visibility:hidden;counter-increment:known-terms}" +
    `${unless}.glossary:has(${entries.join(",")}) .known-terms{display:block}}`
  );
}
