import { ArticleList } from "@/components/article-list";
import { getArticles } from "@/lib/content";
import { SITE_DESCRIPTION } from "@/lib/site";

export default async function HomePage() {
  const articles = await getArticles();
  return (
    <div className="page">
      <h1 className="page-title">Articles</h1>
      <p className="page-intro">{SITE_DESCRIPTION}</p>
      <ArticleList articles={articles} />
    </div>
  );
}
