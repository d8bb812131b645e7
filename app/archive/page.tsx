import type { Metadata } from "next";
import { getMonths } from "@/lib/content";
import { formatArticleCount, formatMonth } from "@/lib/format";
import { ARCHIVE_PATH, archivePath } from "@/lib/paths";
import { absoluteUrl, FEED_TYPES } from "@/lib/site";

export const metadata: Metadata = {
  title: "Archive",
  description: "Every article, month by month.",
  alternates: { canonical: absoluteUrl(ARCHIVE_PATH), types: FEED_TYPES },
};

export default async function ArchivePage() {
  const months = await getMonths();
  const years = [...new Set(months.map((month) => month.year))];
  return (
    <div className="page">
      <h1 className="page-title">Archive</h1>
      <p className="page-intro">Every article, month by month, newest first.</p>
      {years.map((year) => (
        <section key={year} aria-labelledby={`year-${year}`} className="archive-year">
          <h2 id={`year-${year}`}>{year}</h2>
          <ul className="archive-months">
            {months
              .filter((month) => month.year === year)
              .map((month) => (
                <li key={month.key}>
                  <a href={archivePath(month.key)}>{formatMonth(month.key).split(" ")[0]}</a>{" "}
                  <span className="meta">{formatArticleCount(month.count)}</span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
