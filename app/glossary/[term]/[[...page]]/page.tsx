import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TermArticlesView } from "@/components/glossary/term-articles-view";
import { TermView } from "@/components/glossary/term-view";
import { getGlossaryIndex, getTerm, getTermArticlePages, getTermArticles } from "@/lib/content";
import { termArticlesPath, termPath } from "@/lib/paths";
import { absoluteUrl, FEED_TYPES } from "@/lib/site";

interface Props {
  params: Promise<{ term: string; page?: string[] }>;
}

// Only the terms and pages that exist at build time: any other address is a 404.
export const dynamicParams = false;

/** Each term's own page, and the pages of its articles when it has more than its page lists. */
export async function generateStaticParams() {
  const terms = (await getGlossaryIndex()).map(({ entry }) => ({ term: entry.id, page: [] as string[] }));
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
  if (!found) return {};
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
