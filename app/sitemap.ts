import type { MetadataRoute } from "next";
import { getArticles } from "@/lib/content";
import { articlePath, GLOSSARY_PATH } from "@/lib/paths";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const articles = await getArticles();
  return [
    { url: absoluteUrl("/"), lastModified: articles[0]?.date, changeFrequency: "daily", priority: 1 },
    { url: absoluteUrl(GLOSSARY_PATH), changeFrequency: "weekly", priority: 0.6 },
    ...articles.map((article) => ({
      url: absoluteUrl(articlePath(article.slug)),
      lastModified: article.date,
      changeFrequency: "monthly" as const,
      priority: 0.8,
    })),
  ];
}
