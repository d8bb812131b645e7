import { ArticleList } from "@/components/article-list";
import { getArticles } from "@/lib/content";

export default async function HomePage() {
  const articles = await getArticles();
  return (
    <div className="page">
      <h1 className="page-title">Articles</h1>
      <p className="page-intro">News about technology, with every term explained where you read it.</p>
      <ArticleList articles={articles} />
    </div>
  );
}
