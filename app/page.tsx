import { ArticleList } from "@/components/lists/article-list";
import { getLatest, getMonths } from "@/lib/content";
import { formatMonth } from "@/lib/format";
import { ARCHIVE_PATH, archivePath } from "@/lib/paths";
import { settings } from "@/lib/settings";
import { SITE_DESCRIPTION } from "@/lib/site";

export default async function HomePage() {
  const [articles, months] = await Promise.all([getLatest(settings.homeArticles() + 1), getMonths()]);
  const shown = articles.slice(0, settings.homeArticles());
  const next = articles[shown.length];
  // The months that hold the articles after those shown: where a reader goes on from here.
  const older = next ? months.filter((month) => month.key <= next.date.slice(0, 7)).slice(0, 6) : [];
  return (
    <div className="page">
      <h1 className="page-title">Articles</h1>
      <p className="page-intro">{SITE_DESCRIPTION}</p>
      <ArticleList articles={shown} lead />
      {next && (
        <nav className="older" aria-labelledby="older-heading">
          <h2 id="older-heading">Older articles</h2>
          <ul className="archive-months">
            {older.map((month) => (
              <li key={month.key}>
                <a href={archivePath(month.key)}>{formatMonth(month.key)}</a>
              </li>
            ))}
          </ul>
          <p>
            <a href={ARCHIVE_PATH}>Every month in the archive</a>
          </p>
        </nav>
      )}
    </div>
  );
}
