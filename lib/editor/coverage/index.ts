/**
 * Glossary coverage, for editors: in each article, the words a reader may need explained that the
 * glossary does not explain yet (acronyms, model and product names, other proper names, technical
 * phrases that recur), most frequent first; the terms no article uses; and the articles whose
 * paragraphs carry so many term links that reading suffers.
 */
import type { Article, GlossaryEntry } from "../../schema";
import { clausesOf, isCapitalized, knownNames, maskKnown, names, phrases, type CandidateKind } from "./candidates";

export type { CandidateKind } from "./candidates";

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

/**
 * Glossary coverage of `articles`. A name is a candidate wherever it occurs; a phrase when it
 * recurs: three times in one article, or in two articles or more.
 */
export function glossaryCoverage(articles: Article[], glossary: ReadonlyMap<string, GlossaryEntry>): Coverage {
  const texts = articles.map((article) => {
    const blocks = article.blocks;
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
