const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "2026-04-24" → "24 April 2026", the same on every machine whatever its time zone. */
export function formatDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** "4 min read". */
export function formatReadingTime(minutes: number): string {
  return `${minutes} min read`;
}
