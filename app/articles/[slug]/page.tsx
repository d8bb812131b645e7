import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/article-view";
import { getArticle, getArticleGlossary, getArticles } from "@/lib/content";

interface Props {
  params: Promise<{ slug: string }>;
}

// Only the articles that exist at build time: any other slug is a 404, never a disk read.
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getArticles()).map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle((await params).slug);
  if (!article) return {};
  return {
    title: article.title,
    description: article.dek,
    authors: [{ name: article.author.name }],
  };
}

export default async function ArticlePage({ params }: Props) {
  const article = await getArticle((await params).slug);
  if (!article) notFound();
  return <ArticleView article={article} glossary={await getArticleGlossary(article)} />;
}
