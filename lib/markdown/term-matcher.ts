import type { GlossaryEntry } from "../schema";

/** One occurrence of a glossary term inside a run of text. */
interface TermMatch {
  id: string;
  text: string;
  index: number;
}

export interface TermMatcher {
  /** Every non-overlapping term occurrence in `text`, left to right, longest phrase first. */
  find(text: string): TermMatch[];
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The pattern for one phrase. An all-lowercase phrase ("training") also matches with a capital at the
 * start of a sentence; a phrase with capitals ("GPU", "Arm", "Vera") matches only as written, so that
 * "arm" the limb or "vera" in a URL never links. Any run of white space stands for a space.
 */
function phrasePattern(phrase: string): string {
  const pattern = phrase.trim().split(/\s+/).map(escapeRegExp).join("\\s+");
  const initial = phrase.charAt(0);
  if (phrase !== phrase.toLowerCase() || initial === initial.toUpperCase()) return pattern;
  return `[${initial}${initial.toUpperCase()}]${pattern.slice(1)}`;
}

/**
 * Builds the matcher for a glossary: each entry's term and aliases, whole words only, longest phrase
 * first ("AWS Graviton" wins over "AWS"). Throws when two entries claim the same phrase.
 */
export function createTermMatcher(entries: readonly Pick<GlossaryEntry, "id" | "term" | "aliases">[]): TermMatcher {
  // Keyed by lower case: phrases that differ only in case must belong to the same entry.
  const owner = new Map<string, string>();
  const phrases = new Set<string>();
  for (const entry of entries) {
    for (const raw of [entry.term, ...entry.aliases]) {
      const phrase = raw.trim().replace(/\s+/g, " ");
      const key = phrase.toLowerCase();
      const previous = owner.get(key);
      if (previous && previous !== entry.id) {
        throw new Error(`glossary terms "${previous}" and "${entry.id}" both claim the phrase "${phrase}"`);
      }
      owner.set(key, entry.id);
      phrases.add(phrase);
    }
  }
  if (phrases.size === 0) return { find: () => [] };
  const ordered = [...phrases].sort((a, b) => b.length - a.length || a.localeCompare(b));
  // Letters, digits and underscores on either side mean we are inside a longer word.
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}_])(?:${ordered.map(phrasePattern).join("|")})(?![\\p{L}\\p{N}_])`,
    "gu",
  );

  return {
    find(text) {
      const matches: TermMatch[] = [];
      for (const match of text.matchAll(pattern)) {
        const key = match[0].replace(/\s+/g, " ").toLowerCase();
        matches.push({ id: owner.get(key)!, text: match[0], index: match.index });
      }
      return matches;
    },
  };
}
