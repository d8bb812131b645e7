import { ArticleList } from "@/components/lists/article-list";
import { getLatest } from "@/lib/content";
import { HOME_PATH } from "@/lib/paths";
import type { Metadata } from "next";

export const metadata: Metadata = { title: "Page not found" };

export default async function NotFound() {
  const articles = await getLatest(5);
  return (
    <div className="page">
      <h1 className="page-title">Page not found</h1>
      <p className="page-intro">
        There is no page at this address. The link may be mistyped, or the article may have moved. Start from the{" "}
        {/* A plain link, as in the header: this page is part of every page's tree, and so is its script. */}
        <a href={HOME_PATH}>list of articles</a>, or try one of the latest:
      </p>
      <ArticleList articles={articles} headingLevel={2} />
    </div>
  );
}
