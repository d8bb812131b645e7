import { basedOnJsonLd } from "@/lib/article/credit";
import { lastModified } from "@/lib/format";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/article/article-view";
import { JsonLd } from "@/components/article/json-ld";
import { getArticle, getArticleGlossary, getChips, getPrerenderedSlugs, getRelated } from "@/lib/content";
import type { Article } from "@/lib/schema";
import { articleImagePath, articlePath } from "@/lib/paths";
import { absoluteUrl, FEED_TYPES, SITE_NAME } from "@/lib/site";

interface Props {
  params: Promise<{ slug: string }>;
}

// The newest articles are written at build time (PRERENDER_ARTICLES); any other is rendered on its
// first request and kept (Next.js's default, `dynamicParams`, which an export cannot have and does
// not need: it writes every article). A slug the store does not hold is a 404: one lookup, no disk scan.
export async function generateStaticParams() {
  return (await getPrerenderedSlugs()).map((slug) => ({ slug }));
}

const IMAGE = { width: 1200, height: 630 };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle((await params).slug);
  // Rendered on request, an unknown slug is the 404 page, with its own title.
  if (!article) notFound();
  const url = absoluteUrl(articlePath(article.slug));
  const image = { url: absoluteUrl(articleImagePath(article.slug)), ...IMAGE, alt: article.title };
  return {
    title: article.title,
    description: article.dek,
    authors: [{ name: article.author.name }],
    alternates: { canonical: url, types: FEED_TYPES },
    openGraph: {
      type: "article",
      url,
      siteName: SITE_NAME,
      title: article.title,
      description: article.dek,
      publishedTime: article.date,
      ...(lastModified(article) && { modifiedTime: lastModified(article) }),
      authors: [article.author.name],
      images: [image],
    },
    twitter: { card: "summary_large_image", title: article.title, description: article.dek, images: [image] },
  };
}

/** schema.org NewsArticle: what search engines and chat apps read for a rich preview. */
function newsArticle(article: Article, url: string) {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.dek,
    datePublished: article.date,
    dateModified: lastModified(article) ?? article.date,
    url,
    mainEntityOfPage: url,
    image: [absoluteUrl(articleImagePath(article.slug))],
    author: [{ "@type": "Organization", name: article.author.name }],
    publisher: { "@type": "Organization", name: SITE_NAME, url: absoluteUrl("/") },
    ...(article.source && { sourceOrganization: { "@type": "Organization", name: article.source.name } }),
    ...(article.basedOn && { isBasedOn: basedOnJsonLd(article.basedOn) }),
    wordCount: article.wordCount,
  };
}

export default async function ArticlePage({ params }: Props) {
  const article = await getArticle((await params).slug);
  if (!article) notFound();
  const url = absoluteUrl(articlePath(article.slug));
  return (
    <>
      <JsonLd data={newsArticle(article, url)} />
      <ArticleView
        article={article}
        glossary={await getArticleGlossary(article)}
        url={url}
        chips={await getChips()}
        related={await getRelated(article)}
      />
    </>
  );
}
