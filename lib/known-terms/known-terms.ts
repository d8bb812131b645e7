/**
 * The terms a reader has said they know, kept in this browser only (localStorage). Pure: used by
 * the head script before the first paint, by the page's scripts, and by tests.
 */
import { CLASS, DATA } from "../hooks";
import { sidebarEntryId } from "../paths";
import { preferenceAttribute } from "../preferences/preferences";

export const KNOWN_TERMS_KEY = "gloss:known-terms";

/** The <style> the head script writes and the page's scripts rewrite when the list changes. */
export const KNOWN_TERMS_STYLE_ID = "known-terms-style";

/**
 * What the rules below select by (lib/hooks.ts's names), handed to knownTermsCss rather than
 * imported by it, so that the head script can carry its source as it is.
 */
export const KNOWN_TERMS_SELECTORS = {
  /** Unless the reader asked to explain every term. */
  unless: `html:not([${preferenceAttribute("explain")}="all"]) `,
  mention: `a.${CLASS.term}`,
  termAttribute: DATA.term,
  entry: `#${sidebarEntryId("")}`,
  glossary: `.${CLASS.glossary}`,
  fold: `.${CLASS.knownTerms}`,
};

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
 * Self-contained (its selectors come in `select`), and given checked ids, so that the head script
 * can carry its source as it is.
 */
export function knownTermsCss(ids: string[], select: typeof KNOWN_TERMS_SELECTORS): string {
  if (ids.length === 0) return "";
  const unless = select.unless;
  const entries = ids.map((id) => select.entry + id);
  const mentions = ids.map((id) => `${unless}${select.mention}[${select.termAttribute}="${id}"]`);
  return (
    `${mentions.join(",")}{color:inherit;text-decoration:none;cursor:auto}` +
    `@media screen{${entries.map((entry) => unless + entry).join(",")}` +
    "{position:absolute;width:1px;height:1px;overflow:hidden;visibility:hidden;counter-increment:known-terms}" +
    `${unless}${select.glossary}:has(${entries.join(",")}) ${select.fold}{display:block}}`
  );
}
