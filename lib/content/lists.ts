import "server-only";
import type { Month } from "../schema";
import { isExport } from "../build-output";
import type { SitemapEntry } from "../feeds/sitemap";
import { ARCHIVE_PATH, archivePath, articlePath, GLOSSARY_PATH, termArticlesPath, termPath } from "../paths";
import { settings } from "../settings";
import { isPageOf, pageCount } from "./archive";
import { store } from "./reader";

/** The lists pages show: the archive's months, a term's articles, the sitemap. */

/** The months of the archive, newest first. */
export async function getMonths(): Promise<Month[]> {
  return (await store()).months();
}

/** A page of a month ("2026-04"), with its page count and the months either side, or undefined. */
export async function getMonthPage(key: string, page: number) {
  const reader = await store();
  const months = reader.months();
  const at = months.findIndex((month) => month.key === key);
  const month = months[at];
  const size = settings.pageSize();
  if (!month || !isPageOf(page, month.count, size)) return undefined;
  const articles = reader.monthArticles(key, size, (page - 1) * size);
  return { month, articles, page, pages: pageCount(month.count, size), newer: months[at - 1], older: months[at + 1] };
}

/** The pages of `months` as route parameters: each month, and its pages after the first. */
const monthPages = (months: Month[]) =>
  months.flatMap((month) =>
    Array.from({ length: pageCount(month.count, settings.pageSize()) }, (_, index) => ({
      year: month.key.slice(0, 4),
      month: month.key.slice(5, 7),
      page: index + 1,
    })),
  );

/**
 * The archive pages `next build` writes: every page of the months that hold the prerendered
 * articles (an export: of every month). The others are rendered on their first request.
 */
export async function getPrerenderedArchivePages(): Promise<{ year: string; month: string; page: number }[]> {
  const months = (await store()).months();
  if (isExport()) return monthPages(months);
  const reader = await store();
  const slugs = reader.newestSlugs(settings.prerenderArticles());
  const oldest = slugs.length > 0 ? reader.article(slugs.at(-1)!)?.date.slice(0, 7) : undefined;
  return monthPages(oldest ? months.filter((month) => month.key >= oldest) : []);
}

/** A term's page: the entry, its related entries, its newest articles, and how many pages hold them all. */
export async function getTerm(id: string) {
  const reader = await store();
  const entry = reader.entries([id]).get(id);
  if (!entry) return undefined;
  const related = reader.entries(entry.related);
  const total = reader.termCount(id);
  return {
    entry,
    related: entry.related.map((other) => related.get(other)!),
    newest: reader.termArticles(id, settings.termArticles(), 0),
    total,
    pages: pageCount(total, settings.pageSize()),
  };
}

/**
 * Page `page` of every article that uses a term, oldest first (so a page keeps its articles as new
 * ones arrive), or undefined.
 */
export async function getTermArticles(id: string, page: number) {
  const reader = await store();
  const entry = reader.entries([id]).get(id);
  const total = entry ? reader.termCount(id) : 0;
  const size = settings.pageSize();
  if (!entry || total === 0 || !isPageOf(page, total, size)) return undefined;
  const articles = reader.termArticles(id, size, (page - 1) * size, true);
  return { entry, articles, page, pages: pageCount(total, size), total };
}

/**
 * Every page of every term's articles, as route parameters: for each term with more articles than
 * its own page lists.
 */
export async function getTermArticlePages(): Promise<{ term: string; page: number }[]> {
  const reader = await store();
  const counts = reader.termCounts();
  return reader.glossary().flatMap(({ id }) => {
    const count = counts.get(id) ?? 0;
    const pages = count > settings.termArticles() ? pageCount(count, settings.pageSize()) : 0;
    return Array.from({ length: pages }, (_, index) => ({ term: id, page: index + 1 }));
  });
}

/** Every address a search engine should know: pages, articles, terms and the archive. */
export async function getSitemapEntries(): Promise<SitemapEntry[]> {
  const reader = await store();
  const newest = reader.newest(1)[0]?.date;
  const termPages = [
    ...reader.glossary().map((entry) => termPath(entry.id)),
    ...(await getTermArticlePages()).map(({ term, page }) => termArticlesPath(term, page)),
  ];
  const archivePages = monthPages(reader.months()).map(({ year, month, page }) => archivePath(`${year}-${month}`, page));
  return [
    { path: "/", lastModified: newest },
    { path: GLOSSARY_PATH },
    { path: ARCHIVE_PATH, lastModified: newest },
    ...Array.from(reader.articleDates(), ({ slug, modified }) => ({ path: articlePath(slug), lastModified: modified })),
    ...termPages.map((path) => ({ path })),
    ...archivePages.map((path) => ({ path })),
  ];
}
