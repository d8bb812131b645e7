/**
 * Search that forgives: the words the site holds, counted when the index is built, and what the
 * search page does with them. A query word that is not one of them is corrected to the nearest word
 * that is (Damerau–Levenshtein distance in its optimal-string-alignment form, bounded by the word's
 * length; ties go to glossary names, then to the more frequent word); glossary terms are suggested
 * as a reader types, by the start of their names, misspelt or not. Pure: server and browser alike.
 */
import { NAMES_SEPARATOR } from "./fields";
import { words } from "./query";

/** How often each word occurs in the index, and which words are glossary names. */
export interface WordCounts {
  counts: Map<string, number>;
  names: Set<string>;
}

export const emptyCounts = (): WordCounts => ({ counts: new Map(), names: new Set() });

/** Words of fewer letters are never corrected (and never a correction of a longer word's typo). */
const SHORTEST_KEPT = 3;
const SHORTEST_CORRECTED = 4;
const LONGEST = 32;

/** Whether a word of the text belongs in the vocabulary: letters (digits after one), not too long. */
const keep = (word: string) => word.length >= SHORTEST_KEPT && word.length <= LONGEST && /^\p{L}/u.test(word);

/** Counts the words of `text` into `into`; `name` marks them as words of a glossary name. */
export function countWords(into: WordCounts, text: string, name = false): void {
  for (const word of words(text)) {
    if (!keep(word)) continue;
    into.counts.set(word, (into.counts.get(word) ?? 0) + 1);
    if (name) into.names.add(word);
  }
}

/** Marks the words of `text` as words of a glossary name (counted once if the text never used them). */
export function addNames(into: WordCounts, text: string): void {
  for (const word of words(text)) {
    if (!keep(word)) continue;
    into.names.add(word);
    if (!into.counts.has(word)) into.counts.set(word, 1);
  }
}

/** Adds the counts of `from` to `into`. */
export function mergeCounts(into: WordCounts, from: WordCounts): void {
  for (const [word, count] of from.counts) into.counts.set(word, (into.counts.get(word) ?? 0) + count);
  for (const word of from.names) into.names.add(word);
}

/**
 * The vocabulary file: a line for each word, "word count", with " n" after a glossary name's words,
 * most frequent first. Plain text, so that it stays small and is read without a parser.
 */
export function writeVocabulary({ counts, names }: WordCounts): string {
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([word, count]) => `${word} ${count}${names.has(word) ? " n" : ""}\n`)
    .join("");
}

/** Reads a vocabulary file back (lines it does not understand are skipped). */
export function readCounts(text: string): WordCounts {
  const read = emptyCounts();
  for (const line of text.split("\n")) {
    const [word, count, flag] = line.split(" ");
    const n = Number(count);
    if (!word || !Number.isInteger(n) || n < 1) continue;
    read.counts.set(word, n);
    if (flag === "n") read.names.add(word);
  }
  return read;
}

interface Entry {
  word: string;
  count: number;
  name: boolean;
}

/** A vocabulary ready for lookups: its words by length, for a correction to look only near its own. */
export interface Vocabulary {
  has: (word: string) => boolean;
  byLength: Map<number, Entry[]>;
}

export function vocabulary({ counts, names }: WordCounts): Vocabulary {
  const byLength = new Map<number, Entry[]>();
  for (const [word, count] of counts) {
    const list = byLength.get(word.length) ?? [];
    list.push({ word, count, name: names.has(word) });
    byLength.set(word.length, list);
  }
  return { has: (word) => counts.has(word), byLength };
}

/**
 * The edit distance of `a` and `b` (insertions, deletions, substitutions and transpositions of two
 * neighbouring letters, each 1), or `limit + 1` as soon as it must be more than `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
      row.push(value);
      smallest = Math.min(smallest, value);
    }
    if (smallest > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return Math.min(previous[b.length], limit + 1);
}

/** The most edits a word of this length may be corrected by: one up to five letters, two beyond. */
export const editsAllowed = (length: number) => (length < SHORTEST_CORRECTED ? 0 : length <= 5 ? 1 : 2);

/** Whether a typed word may be corrected at all: long enough, and more than a number. */
export const correctable = (word: string) =>
  word.length >= SHORTEST_CORRECTED && word.length <= LONGEST && /\p{L}/u.test(word);

/** Endings that make another form of the same English word: "server", "servers"; "train", "training". */
const ENDINGS = new Set(["", "s", "es", "ed", "d", "ing", "er", "ers", "ly", "ment", "ments", "ion", "ions", "al"]);

/**
 * Whether the index found `typed` itself where it marked `found`: the same word, a word it begins
 * (as a reader types), or another form of it. Pagefind also answers a word it does not hold with
 * words that begin like it ("trainum" finds "training"): those are not the word typed.
 */
export function sameWord(typed: string, found: string): boolean {
  if (found.startsWith(typed)) return true;
  let common = 0;
  while (common < typed.length && common < found.length && typed[common] === found[common]) common++;
  return common >= 3 && ENDINGS.has(typed.slice(common)) && ENDINGS.has(found.slice(common));
}

/**
 * The word the reader meant by `word` (lower case, as `words` gives it), or null when it is one of
 * the site's words, cannot be corrected, or nothing is near enough.
 */
export function correctWord(word: string, vocab: Vocabulary): string | null {
  if (vocab.has(word) || !correctable(word)) return null;
  const limit = editsAllowed(word.length);
  let best: { entry: Entry; distance: number; first: boolean } | null = null;
  for (let length = word.length - limit; length <= word.length + limit; length++) {
    for (const entry of vocab.byLength.get(length) ?? []) {
      const distance = editDistance(word, entry.word, best ? Math.min(limit, best.distance) : limit);
      if (distance > limit) continue;
      const first = entry.word[0] === word[0];
      if (!best || better({ entry, distance, first }, best)) best = { entry, distance, first };
    }
  }
  return best?.entry.word ?? null;
}

type Candidate = { entry: Entry; distance: number; first: boolean };

/** Fewer edits, then the same first letter (typos are rarely there), a glossary name, a more frequent word. */
const better = (a: Candidate, b: Candidate) =>
  a.distance !== b.distance
    ? a.distance < b.distance
    : a.first !== b.first
      ? a.first
      : a.entry.name !== b.entry.name
        ? a.entry.name
        : a.entry.count > b.entry.count;

/**
 * `query` with each word the site does not hold replaced by the word meant, one by one (only the
 * words of `only`, when given: those the search found nothing for); the other words, their order
 * and the query's own spelling of them are kept. Null when nothing changes.
 */
export function correctQuery(query: string, vocab: Vocabulary, only?: ReadonlySet<string>): string | null {
  let changed = false;
  const corrected = query.replace(/[\p{L}\p{N}\p{M}]+/gu, (typed) => {
    const found = words(typed);
    const [word] = found;
    const meant = word === undefined || found.length > 1 || (only && !only.has(word)) ? null : correctWord(word, vocab);
    if (!meant) return typed;
    changed = true;
    return meant;
  });
  return changed ? corrected : null;
}

/** A glossary term as suggestions show it, written beside the index. */
export interface TermSuggestion {
  name: string;
  /** Its name and other names, as the index keeps them ("GPU|GPUs|Graphics Processing Unit"). */
  names: string;
  short: string;
  url: string;
}

/** Suggestions show no more than this, as a reader types at least SUGGEST_FROM letters. */
export const MAX_SUGGESTIONS = 5;
export const SUGGEST_FROM = 2;

/**
 * The terms a reader typing `typed` may be after, best first: a name beginning with what was typed
 * (or a word of it: "proc" finds "Central Processing Unit"), then a name whose beginning is within
 * an edit or two of it ("grvit" finds "Graviton"). Shorter names first among equals.
 */
export function suggestTerms(typed: string, terms: readonly TermSuggestion[]): TermSuggestion[] {
  const asked = words(typed).join(" ");
  if (asked.length < SUGGEST_FROM) return [];
  const scored: { term: TermSuggestion; score: number; length: number }[] = [];
  for (const term of terms) {
    let score = Infinity;
    for (const name of term.names.split(NAMES_SEPARATOR)) {
      const parts = words(name);
      const whole = parts.join(" ");
      if (whole.startsWith(asked)) score = Math.min(score, 0);
      else if (parts.some((_, index) => parts.slice(index).join(" ").startsWith(asked))) score = Math.min(score, 1);
      else {
        const limit = editsAllowed(asked.length);
        if (limit === 0) continue;
        for (const start of [whole, ...parts.slice(1).map((_, index) => parts.slice(index + 1).join(" "))]) {
          // The name's beginning as long as what was typed, give or take the edits allowed.
          for (let cut = asked.length - limit; cut <= asked.length + limit; cut++) {
            if (cut < 1 || cut > start.length) continue;
            const distance = editDistance(asked, start.slice(0, cut), limit);
            if (distance <= limit) score = Math.min(score, 2 + distance);
          }
        }
      }
    }
    if (score !== Infinity) scored.push({ term, score, length: term.name.length });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.length - b.length || a.term.name.localeCompare(b.term.name))
    .slice(0, MAX_SUGGESTIONS)
    .map(({ term }) => term);
}
