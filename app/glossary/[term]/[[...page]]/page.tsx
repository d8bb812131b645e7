import type { Metadata } from "next";
import { isExport } from "@/lib/build-output";
import { notFound } from "next/navigation";
import { TermArticlesView } from "@/components/glossary/term-articles-view";
import { TermView } from "@/components/glossary/term-view";
import { getGlossaryIndex, getTerm, getTermArticlePages, getTermArticles } from "@/lib/content";
import { termArticlesPath, termPath } from "@/lib/paths";
import { absoluteUrl, FEED_TYPES } from "@/lib/site";

interface Props {
  params: Promise<{ term: string; page?: string[] }>;
}

// Every term's own page is written at build time; the pages of its articles are rendered on their
// first request and kept (an export writes them all). Anything the store does not hold is a 404.

/** Each term's own page, and (in an export) the pages of its articles when it has more than its page lists. */
export async function generateStaticParams() {
  const terms = (await getGlossaryIndex()).map(({ entry }) => ({ term: entry.id, page: [] as string[] }));
  if (!isExport()) return terms;
  const pages = (await getTermArticlePages()).map(({ term, page }) => ({ term, page: [String(page)] }));
  return [...terms, ...pages];
}

/** What an address names: the term's page, or a page of its articles; undefined for anything else. */
async function find({ params }: Props) {
  const { term, page = [] } = await params;
  if (page.length === 0) {
    const found = await getTerm(term);
    return found && { kind: "term" as const, ...found };
  }
  if (page.length > 1 || !/^[1-9]\d*$/.test(page[0])) return undefined;
  const found = await getTermArticles(term, Number(page[0]));
  return found && { kind: "articles" as const, ...found };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await find(props);
  if (!found) notFound();
  const { entry } = found;
  return found.kind === "term"
    ? {
        title: entry.term,
        description: entry.short,
        alternates: { canonical: absoluteUrl(termPath(entry.id)), types: FEED_TYPES },
      }
    : {
        title: `${entry.term}: articles, page ${found.page} of ${found.pages}`,
        description: `Every article about ${entry.term}, in the order they were published.`,
        alternates: { canonical: absoluteUrl(termArticlesPath(entry.id, found.page)), types: FEED_TYPES },
      };
}

export default async function TermPage(props: Props) {
  const found = await find(props);
  if (!found) notFound();
  return found.kind === "term" ? <TermView {...found} /> : <TermArticlesView {...found} />;
}
