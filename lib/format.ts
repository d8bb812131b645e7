const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "2026-04-24" → "24 April 2026", the same on every machine whatever its time zone. */
export function formatDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** Adults read prose at about 200 to 260 words a minute. */
const FAST_WPM = 260;
const SLOW_WPM = 200;

/** Minutes a fast and a slow reader take over `words`; at least one. */
export function readingTime(words: number): { min: number; max: number } {
  const min = Math.max(1, Math.round(words / FAST_WPM));
  return { min, max: Math.max(min, Math.round(words / SLOW_WPM)) };
}

/** "2–3 min read", or "1 min read" when both readers take the same. */
export function formatReadingTime({ min, max }: { min: number; max: number }): string {
  return `${min === max ? min : `${min}–${max}`} min read`;
}

/** "519 words". */
export const formatWordCount = (words: number) => `${words.toLocaleString("en-GB")} ${words === 1 ? "word" : "words"}`;

const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** "2026-04" → "April 2026". */
export const formatMonth = (month: string) => monthFormat.format(new Date(`${month}-01T00:00:00Z`));

/** "1 article", "1,234 articles". */
export const formatArticleCount = (count: number) =>
  `${count.toLocaleString("en-GB")} ${count === 1 ? "article" : "articles"}`;

/**
 * The aliases worth showing a reader: not the term again, nor a plural or a change of case of a
 * name already shown ("GPUs", "Graphics Processing Units").
 */
export function otherNames(term: string, aliases: string[]): string[] {
  const key = (name: string) => name.toLowerCase().replace(/s$/, "");
  const seen = new Set([key(term)]);
  return aliases.filter((alias) => !seen.has(key(alias)) && Boolean(seen.add(key(alias))));
}

const orList = new Intl.ListFormat("en-GB", { type: "disjunction" });

/** "Graphics Processing Unit", "Vera CPU or Vera". */
export const formatAlternatives = (names: string[]) => orList.format(names);

/** The last day an article changed: its `updated` day or its latest correction, if after it was published. */
export function lastModified(article: {
  date: string;
  updated?: string;
  corrections?: { date: string }[];
}): string | undefined {
  const days = [article.updated, ...(article.corrections ?? []).map((correction) => correction.date)].filter(
    (day): day is string => day !== undefined && day > article.date,
  );
  return days.length > 0 ? days.sort().at(-1) : undefined;
}
