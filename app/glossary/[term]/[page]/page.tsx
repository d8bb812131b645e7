import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/article-list";
import { Pager } from "@/components/pager";
import { getGlossaryIndex, getTermArticles } from "@/lib/content";
import { formatArticleCount } from "@/lib/format";
import { termArticlesPath, termPath } from "@/lib/paths";
import { settings } from "@/lib/settings";
import { absoluteUrl, FEED_TYPES } from "@/lib/site";

interface Props {
  params: Promise<{ term: string; page: string }>;
}

// Only the pages that exist at build time: any other address is a 404.
export const dynamicParams = false;

/** Each term's pages of articles, when it has more than its own page lists. */
export async function generateStaticParams() {
  return (await getGlossaryIndex()).flatMap(({ entry, count }) =>
    count > settings.termArticles()
      ? Array.from({ length: Math.ceil(count / settings.pageSize()) }, (_, index) => ({
          term: entry.id,
          page: String(index + 1),
        }))
      : [],
  );
}

async function pageOf({ params }: Props) {
  const { term, page } = await params;
  return /^[1-9]\d*$/.test(page) ? getTermArticles(term, Number(page)) : undefined;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await pageOf(props);
  if (!found) return {};
  return {
    title: `${found.entry.term}: articles, page ${found.page} of ${found.pages}`,
    description: `Every article about ${found.entry.term}, in the order they were published.`,
    alternates: { canonical: absoluteUrl(termArticlesPath(found.entry.id, found.page)), types: FEED_TYPES },
  };
}

export default async function TermArticlesPage(props: Props) {
  const found = await pageOf(props);
  if (!found) notFound();
  const { entry, articles, page, pages, total } = found;
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link href={termPath(entry.id)} prefetch={false}>
          {entry.term}
        </Link>
      </p>
      <h1 className="page-title">Articles about {entry.term}</h1>
      <p className="page-intro">
        {formatArticleCount(total)}, in the order they were published (page {page} of {pages}).
      </p>
      <ArticleList articles={articles} />
      <Pager
        page={page}
        pages={pages}
        href={(n) => termArticlesPath(entry.id, n)}
        label={`Pages of articles about ${entry.term}`}
      />
    </div>
  );
}
