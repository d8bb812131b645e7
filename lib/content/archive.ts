import type { Article, Month } from "../schema";

const monthOf = (article: Article) => article.date.slice(0, 7);

/**
 * The articles grouped by month, newest month first; within a month, oldest first (same-day
 * articles by title), so each page of a month keeps its address and its articles as newer ones arrive.
 */
export function groupByMonth(articles: readonly Article[]): Month[] {
  const months = new Map<string, Article[]>();
  for (const article of articles) {
    const key = monthOf(article);
    if (!months.has(key)) months.set(key, []);
    months.get(key)!.push(article);
  }
  return [...months.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([key, list]) => ({
      key,
      year: Number(key.slice(0, 4)),
      month: Number(key.slice(5, 7)),
      articles: list.sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title)),
    }));
}

/** Page `page` (1-based) of `items` in pages of `size`, or undefined past the last page. */
export function pageOf<T>(items: readonly T[], page: number, size: number): T[] | undefined {
  if (!Number.isInteger(page) || page < 1 || (page > 1 && (page - 1) * size >= items.length)) return undefined;
  return items.slice((page - 1) * size, page * size);
}

/** How many pages `count` items fill, in pages of `size`; at least one. */
export const pageCount = (count: number, size: number) => Math.max(1, Math.ceil(count / size));
