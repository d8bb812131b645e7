/**
 * The candidates in an article's text: acronyms, model and product names, proper names, and
 * two- and three-word phrases, with the names the glossary already explains masked out first.
 */
import type { Article, GlossaryEntry } from "../../schema";
import { CALENDAR, KNOWN_ACRONYMS, PLAIN } from "./words";

export type CandidateKind = "acronym" | "model" | "name" | "phrase";

/** Lower-case names the glossary already explains, and phrases an article adds for it. */
export function knownNames(glossary: Iterable<GlossaryEntry>, article: Article): string[] {
  const names: string[] = [];
  for (const entry of glossary) names.push(entry.term, ...entry.aliases);
  names.push(...Object.keys(article.glossary?.add ?? {}));
  return names.map((name) => name.toLowerCase()).sort((a, b) => b.length - a.length);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The text with every known name (and its plural or possessive) replaced by a break. */
export function maskKnown(text: string, names: string[]): string {
  if (names.length === 0) return text;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join("|")})(?:s|'s|’s)?(?![\\p{L}\\p{N}])`,
    "giu",
  );
  return text.replace(pattern, " | ");
}

const isAcronym = (word: string) => /^[A-Z][A-Z0-9&]*[A-Z0-9]$/.test(word) && (word.match(/[A-Z]/g) ?? []).length >= 2;
const isModel = (word: string) =>
  (/\d/.test(word) && /[A-Za-z]/.test(word) && !/^\d+(?:st|nd|rd|th|s)$/i.test(word)) ||
  /^[a-z]+[A-Z]|^[A-Z][a-z]+[A-Z]/.test(word);
export const isCapitalized = (word: string) => /^\p{Lu}/u.test(word);

export interface Token {
  word: string;
  /** First word of its sentence, where every word is capitalized. */
  sentenceStart: boolean;
}

/** Each clause of `text` (between punctuation marks) as its words, possessives cut off. */
export function clausesOf(text: string): Token[][] {
  const clauses: Token[][] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    let first = true;
    for (const clause of sentence.split(/[,;:()"“”‘’—–|!?]|\.(?=\s|$)|\s-\s/)) {
      const words = clause.match(/[\p{L}\p{N}][\p{L}\p{N}&]*(?:['’][\p{L}]+)?/gu) ?? [];
      const tokens = words.map((word, index) => ({
        word: word.replace(/['’]s$/i, ""),
        sentenceStart: first && index === 0,
      }));
      if (words.length > 0) first = false;
      if (tokens.length > 0) clauses.push(tokens);
    }
  }
  return clauses;
}

export type Tally = Map<string, { kind: CandidateKind; count: number }>;

const add = (tally: Tally, phrase: string, kind: CandidateKind) => {
  const seen = tally.get(phrase);
  if (seen) seen.count += 1;
  else tally.set(phrase, { kind, count: 1 });
};

/** Acronyms, model names and proper names in `clauses`. */
export function names(clauses: Token[][], midSentence: Set<string>): Tally {
  const tally: Tally = new Map();
  for (const clause of clauses) {
    let run: string[] = [];
    const flush = () => {
      if (run.length > 0 && !(run.length === 1 && CALENDAR.has(run[0]))) add(tally, run.join(" "), "name");
      run = [];
    };
    for (const { word, sentenceStart } of clause) {
      if (isAcronym(word.replace(/s$/, "")) && !KNOWN_ACRONYMS.has(word.replace(/s$/, ""))) {
        flush();
        add(tally, word.replace(/s$/, ""), "acronym");
      } else if (isModel(word)) {
        flush();
        add(tally, word, "model");
      } else if (isCapitalized(word) && !KNOWN_ACRONYMS.has(word) && (!sentenceStart || midSentence.has(word))) {
        run.push(word);
      } else {
        flush();
      }
    }
    flush();
  }
  return tally;
}

/** Two- and three-word phrases of plain lower-case words, neither end a plain word. */
export function phrases(clauses: Token[][]): Tally {
  const tally: Tally = new Map();
  for (const clause of clauses) {
    const words = clause.map((token) => token.word);
    for (let start = 0; start < words.length; start++) {
      for (const length of [2, 3]) {
        const gram = words.slice(start, start + length);
        if (gram.length < length) break;
        if (!gram.every((word) => /^[a-z]{3,}$/.test(word))) break;
        if (PLAIN.has(gram[0]) || PLAIN.has(gram[length - 1])) continue;
        add(tally, gram.join(" "), "phrase");
      }
    }
  }
  return tally;
}
