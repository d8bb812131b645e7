/**
 * Where the reader's highlights are kept, and the cheap look every article page takes at it: small
 * enough to ship with every page, so that the rest of the highlights' code is fetched only by a
 * page that has some to show, or when the reader selects text.
 */

export const HIGHLIGHTS_KEY = "gloss:highlights";

/** Whether a saved value holds any highlight of `slug`, without reading it whole (every article page asks). */
export const mayHold = (saved: string | null, slug: string) => saved !== null && saved.includes(`"slug":"${slug}"`);
