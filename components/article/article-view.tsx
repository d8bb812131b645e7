import type { ChipEntry } from "@/lib/schema";
import { sidebarEntryId, termPath } from "@/lib/paths";
import type { Article, ArticleSummary, GlossaryEntry } from "@/lib/schema";
import { ArticleMeta } from "./article-meta";
import { ArticleToolbarClient } from "./article-toolbar-client";
import { BasedOn } from "./based-on";
import { ChipTable } from "../glossary/chip-table";
import { Corrections } from "./corrections";
import { HighlightsLoaderClient } from "../highlights/highlights-loader-client";
import { GlossarySidebar } from "../glossary/glossary-sidebar";
import { ReadingPositionClient } from "../reading/reading-position-client";
import { RelatedReading } from "./related-reading";
import { ShareClient } from "../sharing/share-client";
import { StaticHtml } from "../shared/static-html";
import { TableOfContentsClient } from "./table-of-contents-client";
import { TermPopoverClient } from "../glossary/term-popover-client";
import { CLASS } from "@/lib/hooks";

interface Props {
  article: Article;
  glossary: GlossaryEntry[];
  /** The article's absolute, canonical URL. */
  url: string;
  /** The chips the glossary describes, for "Chips at a glance". */
  chips: ChipEntry[];
  /** Articles to read next. */
  related: ArticleSummary[];
}

/** A whole article page body: header with byline, contents, the text, the author's bio and the glossary. */
export function ArticleView({ article, glossary, url, chips, related }: Props) {
  const { html, chipsAt = html.length } = article;
  const [before, after] = [html.slice(0, chipsAt), html.slice(chipsAt)];
  const inSidebar = new Set(glossary.map((entry) => entry.id));
  return (
    <div className="article-layout">
      <article className="article">
        <header className="article-header">
          <h1>{article.title}</h1>
          <p className="dek">{article.dek}</p>
          <p className="byline">
            By <span className="author">{article.author.name}</span>
            {article.source && (
              <>
                {" "}
                for{" "}
                {article.source.url ? (
                  <a href={article.source.url}>{article.source.name}</a>
                ) : (
                  <span className="source">{article.source.name}</span>
                )}
              </>
            )}
          </p>
          <BasedOn basedOn={article.basedOn} />
          <p className={CLASS.meta}>
            <ArticleMeta article={article} linkCorrections />
          </p>
          <p className="print-only print-url">{url}</p>
          <ArticleToolbarClient url={url} />
        </header>
        {article.sections.length > 1 && <TableOfContentsClient sections={article.sections} />}
        <div className={CLASS.articleBody}>
          <StaticHtml html={before} once />
          {article.chipsAt !== undefined && chips.length > 0 && (
            <ChipTable
              chips={chips}
              linkTerm={(id) => (inSidebar.has(id) ? `#${sidebarEntryId(id)}` : termPath(id))}
              once
            />
          )}
          {after && <StaticHtml html={after} once />}
        </div>
        <Corrections corrections={article.corrections} />
        {article.author.bio && (
          <footer className="article-footer">
            <h2 className="author-bio-heading">About the author</h2>
            <p className="author-bio">{article.author.bio}</p>
          </footer>
        )}
        <RelatedReading articles={related} />
        <HighlightsLoaderClient url={url} slug={article.slug} title={article.title} published={article.date} />
      </article>
      {glossary.length > 0 && (
        <GlossarySidebar entries={glossary} sections={article.sections} mentions={article.mentions} />
      )}
      <ShareClient url={url} title={article.title} />
      <ReadingPositionClient slug={article.slug} />
      <TermPopoverClient />
    </div>
  );
}
