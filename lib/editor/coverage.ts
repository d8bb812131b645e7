/**
 * Glossary coverage, for editors: in each article, the words a reader may need explained that the
 * glossary does not explain yet (acronyms, model and product names, other proper names, technical
 * phrases that recur), most frequent first; the terms no article uses; and the articles whose
 * paragraphs carry so many term links that reading suffers.
 */
import type { Element } from "hast";
import { selectAll } from "hast-util-select";
import { toText } from "hast-util-to-text";
import { visit } from "unist-util-visit";
import { parseHtml } from "../markdown/html-tree";
import type { Article, GlossaryEntry } from "../schema";

export type CandidateKind = "acronym" | "model" | "name" | "phrase";

export interface Candidate {
  phrase: string;
  count: number;
  kind: CandidateKind;
}

export interface ArticleCoverage {
  slug: string;
  candidates: Candidate[];
  /** Term links per 100 words, and the most in one paragraph. */
  linksPer100Words: number;
  mostLinksInParagraph: number;
}

export interface Coverage {
  articles: ArticleCoverage[];
  /** Terms the glossary defines that no article links. */
  unusedTerms: string[];
  /** Articles whose term links are dense enough to get in the way, densest first. */
  dense: ArticleCoverage[];
}

/** Past either, links crowd the text: more than one in every 12 words, or five in one paragraph. */
export const DENSE = { linksPer100Words: 8, linksInParagraph: 5 };

/** Acronyms every reader knows. */
const KNOWN_ACRONYMS = new Set([
  "AI",
  "CEO",
  "CFO",
  "CTO",
  "COO",
  "US",
  "USA",
  "UK",
  "EU",
  "UN",
  "TV",
  "OK",
  "PR",
  "HR",
]);
const CALENDAR = new Set(
  "January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(
    " ",
  ),
);
/** Words that begin or end no term: function words, and the qualifiers news prose is full of. */
const PLAIN = new Set(
  `a an the and or but nor of in on at to for from by with without into onto over under about above below after before
  between through during against among within across per via as than then that this these those there here it its it's
  is are was were be been being has have had do does did will would can could should may might must shall not no
  yes so such very more most less least much many few some any all each every other another own same also just
  only even still yet already again once twice both either neither which who whom whose what when where why how
  we our us you your they their them he his him she her i my me new old large small big great high low good bad
  significant substantial specific particular important key major minor main entire whole total overall certain
  various several general direct directly effectively precisely explicitly previously primarily recently earlier
  later last next first second third additional further recent current latest early late long short full part
  portion way ways time times year years month months week weeks day days today year's said says say according`.split(
    /\s+/,
  ),
);

/** Lower-case names the glossary already explains, and phrases an article adds for it. */
function knownNames(glossary: Iterable<GlossaryEntry>, article: Article): string[] {
  const names: string[] = [];
  for (const entry of glossary) names.push(entry.term, ...entry.aliases);
  names.push(...Object.keys(article.glossary?.add ?? {}));
  return names.map((name) => name.toLowerCase()).sort((a, b) => b.length - a.length);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The text with every known name (and its plural or possessive) replaced by a break. */
function maskKnown(text: string, names: string[]): string {
  if (names.length === 0) return text;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join("|")})(?:s|'s|’s)?(?![\\p{L}\\p{N}])`,
    "giu",
  );
  return text.replace(pattern, " | ");
}

interface Block {
  text: string;
  links: number;
}

/** The article's paragraphs and list items as text, with how many term links each carries. */
function blocksOf(html: string): Block[] {
  const blocks: Block[] = [];
  visit(parseHtml(html), "element", (node: Element) => {
    if (node.tagName !== "p" && node.tagName !== "li") return;
    blocks.push({ text: toText(node), links: selectAll("a.term", node).length });
    return "skip";
  });
  return blocks;
}

const isAcronym = (word: string) => /^[A-Z][A-Z0-9&]*[A-Z0-9]$/.test(word) && (word.match(/[A-Z]/g) ?? []).length >= 2;
const isModel = (word: string) =>
  (/\d/.test(word) && /[A-Za-z]/.test(word) && !/^\d+(?:st|nd|rd|th|s)$/i.test(word)) ||
  /^[a-z]+[A-Z]|^[A-Z][a-z]+[A-Z]/.test(word);
const isCapitalized = (word: string) => /^\p{Lu}/u.test(word);

interface Token {
  word: string;
  /** First word of its sentence, where every word is capitalized. */
  sentenceStart: boolean;
}

/** Each clause of `text` (between punctuation marks) as its words, possessives cut off. */
function clausesOf(text: string): Token[][] {
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

type Tally = Map<string, { kind: CandidateKind; count: number }>;

const add = (tally: Tally, phrase: string, kind: CandidateKind) => {
  const seen = tally.get(phrase);
  if (seen) seen.count += 1;
  else tally.set(phrase, { kind, count: 1 });
};

/** Acronyms, model names and proper names in `clauses`. */
function names(clauses: Token[][], midSentence: Set<string>): Tally {
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
function phrases(clauses: Token[][]): Tally {
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

/**
 * Glossary coverage of `articles`. A name is a candidate wherever it occurs; a phrase when it
 * recurs: three times in one article, or in two articles or more.
 */
export function glossaryCoverage(articles: Article[], glossary: ReadonlyMap<string, GlossaryEntry>): Coverage {
  const texts = articles.map((article) => {
    const blocks = blocksOf(article.html);
    const clauses = clausesOf(
      maskKnown(blocks.map((block) => block.text).join("\n"), knownNames(glossary.values(), article)),
    );
    return { article, blocks, clauses };
  });
  // A capitalized word that also appears inside a sentence is a name even where it opens one.
  const midSentence = new Set<string>();
  for (const { clauses } of texts) {
    for (const clause of clauses)
      for (const token of clause) if (!token.sentenceStart && isCapitalized(token.word)) midSentence.add(token.word);
  }
  const perArticle = texts.map(({ clauses }) => phrases(clauses));
  const articlesWith = new Map<string, number>();
  for (const tally of perArticle)
    for (const phrase of tally.keys()) articlesWith.set(phrase, (articlesWith.get(phrase) ?? 0) + 1);

  const coverage = texts.map(({ article, blocks, clauses }, index): ArticleCoverage => {
    const found = names(clauses, midSentence);
    for (const [phrase, entry] of perArticle[index]) {
      if (entry.count >= 3 || (articlesWith.get(phrase) ?? 0) >= 2) found.set(phrase, entry);
    }
    const links = blocks.reduce((sum, block) => sum + block.links, 0);
    return {
      slug: article.slug,
      candidates: [...found]
        .map(([phrase, { kind, count }]) => ({ phrase, kind, count }))
        .sort((a, b) => b.count - a.count || a.phrase.localeCompare(b.phrase)),
      linksPer100Words: article.wordCount > 0 ? Math.round((links / article.wordCount) * 1000) / 10 : 0,
      mostLinksInParagraph: Math.max(0, ...blocks.map((block) => block.links)),
    };
  });
  const used = new Set(articles.flatMap((article) => article.terms));
  return {
    articles: coverage,
    unusedTerms: [...glossary.keys()].filter((id) => !used.has(id)).sort(),
    dense: coverage
      .filter((c) => c.linksPer100Words > DENSE.linksPer100Words || c.mostLinksInParagraph >= DENSE.linksInParagraph)
      .sort((a, b) => b.linksPer100Words - a.linksPer100Words),
  };
}
