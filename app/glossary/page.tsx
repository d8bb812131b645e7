import type { Metadata } from "next";
import Link from "next/link";
import { ChipTable } from "@/components/chip-table";
import { MarkdownHtml } from "@/components/markdown-html";
import { getChips, getGlossaryIndex } from "@/lib/content";
import { absoluteUrl, articlePath, FEED_TYPES } from "@/lib/site";

export const metadata: Metadata = {
  title: "Glossary",
  description: "Every term Gloss explains, from AI accelerator to x86, in plain language.",
  alternates: { canonical: absoluteUrl("/glossary"), types: FEED_TYPES },
};

const initialOf = (term: string) => term.charAt(0).toLocaleUpperCase("en");

export default async function GlossaryPage() {
  const [index, chips] = await Promise.all([getGlossaryIndex(), getChips()]);
  const terms = new Map(index.map(({ entry }) => [entry.id, entry.term]));
  const letters = [...new Set(index.map(({ entry }) => initialOf(entry.term)))];
  return (
    <div className="page glossary-page">
      <h1 className="page-title">Glossary</h1>
      <p className="page-intro">Every term the articles explain, A to Z. Each term has a link of its own to share.</p>
      <nav className="letters" aria-label="Terms by letter">
        <ul>
          {letters.map((letter) => (
            <li key={letter}>
              <a href={`#letter-${letter.toLowerCase()}`}>{letter}</a>
            </li>
          ))}
        </ul>
      </nav>
      {chips.length > 0 && <ChipTable chips={chips} linkTerms={(id) => `#${id}`} />}
      {letters.map((letter) => (
        <section key={letter} aria-labelledby={`letter-${letter.toLowerCase()}`}>
          <h2 className="letter" id={`letter-${letter.toLowerCase()}`}>
            {letter}
          </h2>
          {index
            .filter(({ entry }) => initialOf(entry.term) === letter)
            .map(({ entry, articles }) => (
              <article className="term-entry" id={entry.id} key={entry.id} aria-labelledby={`${entry.id}-term`}>
                <h3 id={`${entry.id}-term`}>{entry.term}</h3>
                <p className="term-entry-short">{entry.short}</p>
                <MarkdownHtml className="term-entry-explanation" html={entry.html} />
                {entry.related.length > 0 && (
                  <p className="term-entry-meta">
                    Related:{" "}
                    {entry.related.map((id, i) => (
                      <span key={id}>
                        {i > 0 && ", "}
                        <a href={`#${id}`}>{terms.get(id)}</a>
                      </span>
                    ))}
                  </p>
                )}
                {articles.length > 0 && (
                  <p className="term-entry-meta">
                    Used in:{" "}
                    {articles.map((article, i) => (
                      <span key={article.slug}>
                        {i > 0 && ", "}
                        <Link href={`${articlePath(article.slug)}#mention-${entry.id}`}>{article.title}</Link>
                      </span>
                    ))}
                  </p>
                )}
              </article>
            ))}
        </section>
      ))}
    </div>
  );
}
