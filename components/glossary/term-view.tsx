import { formatAlternatives, formatArticleCount, otherNames } from "@/lib/format";
import { GLOSSARY_PATH, glossaryEntryPath, termArticlesPath, termPath } from "@/lib/paths";
import type { ArticleSummary, GlossaryEntry } from "@/lib/schema";
import { ArticleList } from "../lists/article-list";
import { CHIP_COLUMNS } from "@/lib/glossary/chips";
import { knowToggle, renderFragment } from "../shared/html-fragment";
import { StaticHtml } from "../shared/static-html";

interface Props {
  entry: GlossaryEntry;
  related: GlossaryEntry[];
  newest: ArticleSummary[];
  total: number;
  pages: number;
}

/**
 * A term's page, the topic page of the site: the whole explanation, its row of "Chips at a glance"
 * when it has one, related terms, and the newest articles that use it, with the pages of all of
 * them after.
 */
export function TermView({ entry, related, newest, total, pages }: Props) {
  const chip = entry.chip;
  const aliases = otherNames(entry.term, entry.aliases);
  return (
    <div className="page term-page">
      <p className="breadcrumb">
        <a href={glossaryEntryPath(entry.id)}>Glossary</a>
      </p>
      <h1 className="page-title">{entry.term}</h1>
      {aliases.length > 0 && <p className="term-aliases">Also called {formatAlternatives(aliases)}.</p>}
      <p className="dek">{entry.short}</p>
      <StaticHtml className="term-know" html={renderFragment(knowToggle(entry.id, entry.term))} />
      <StaticHtml className="term-explanation" html={entry.html} />
      {chip && (
        <section aria-labelledby="at-a-glance">
          <h2 id="at-a-glance">{entry.term} at a glance</h2>
          <dl className="chip-facts">
            {CHIP_COLUMNS.map(([key, label]) => (
              <div key={key}>
                <dt>{label}</dt>
                <dd>{chip[key]}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {related.length > 0 && (
        <p className="term-related">
          Related:{" "}
          {related.map((other, index) => (
            <span key={other.id}>
              {index > 0 && ", "}
              <a href={termPath(other.id)}>{other.term}</a>
            </span>
          ))}
        </p>
      )}
      <section aria-labelledby="term-articles">
        <h2 id="term-articles">{total > 0 ? `Articles about ${entry.term}` : "No articles yet"}</h2>
        {total > newest.length && (
          <p className="page-intro">
            The newest {newest.length} of {formatArticleCount(total)}.
          </p>
        )}
        <ArticleList articles={newest} headingLevel={3} />
        {total > newest.length && (
          <nav className="all-pages" aria-label={`Every article about ${entry.term}`}>
            <p>
              Every article about {entry.term}, in the order they were published:{" "}
              <a href={termArticlesPath(entry.id, 1)}>from the first</a>
              {pages > 1 && (
                <>
                  {" "}
                  or <a href={termArticlesPath(entry.id, pages)}>the latest page</a>
                </>
              )}
              .
            </p>
          </nav>
        )}
      </section>
      <p className="glossary-all">
        <a href={GLOSSARY_PATH}>Every term in the glossary</a>
      </p>
    </div>
  );
}
