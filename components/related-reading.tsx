import Link from "next/link";
import { articlePath } from "@/lib/paths";
import type { Article } from "@/lib/schema";
import { ArticleMeta } from "./article-meta";

/** Up to three articles to read next, at the end of an article; nothing at all when there are none. */
export function RelatedReading({ articles }: { articles: Article[] }) {
  if (articles.length === 0) return null;
  return (
    <aside className="related" aria-labelledby="related-heading" data-pagefind-ignore="">
      <h2 id="related-heading">Related reading</h2>
      <ul>
        {articles.map((article) => (
          <li key={article.slug}>
            <Link href={articlePath(article.slug)} prefetch={false}>
              {article.title}
            </Link>
            <p className="meta">
              <ArticleMeta article={article} />
            </p>
          </li>
        ))}
      </ul>
    </aside>
  );
}
