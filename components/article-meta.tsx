import { formatDate, formatReadingTime } from "@/lib/format";

/** Date and reading time, as shown in lists and under a headline. */
export function ArticleMeta({ date, readingMinutes }: { date: string; readingMinutes: number }) {
  return (
    <>
      <time dateTime={date}>{formatDate(date)}</time>
      <span aria-hidden="true"> · </span>
      <span>{formatReadingTime(readingMinutes)}</span>
    </>
  );
}
