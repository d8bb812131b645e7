import type { Month } from "../schema";

/** How many pages `count` items fill, in pages of `size`; at least one. */
export const pageCount = (count: number, size: number) => Math.max(1, Math.ceil(count / size));

/** A month of the archive from its key ("2026-04") and its number of articles. */
export const monthOf = (key: string, count: number): Month => ({
  key,
  year: Number(key.slice(0, 4)),
  month: Number(key.slice(5, 7)),
  count,
});

/** Whether `page` (1-based) is a page of a list of `count` items in pages of `size`: the first always is. */
export const isPageOf = (page: number, count: number, size: number) =>
  Number.isInteger(page) && page >= 1 && (page === 1 || (page - 1) * size < count);
