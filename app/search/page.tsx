import type { Metadata } from "next";
import { SearchClient } from "@/components/search/search-client";
import { settings } from "@/lib/settings";
import { ARCHIVE_PATH, GLOSSARY_PATH, SEARCH_PATH } from "@/lib/paths";
import "@/components/search/search.css";

export const metadata: Metadata = {
  title: "Search",
  description: "Search every article and every term of the glossary.",
  alternates: { canonical: SEARCH_PATH },
  // A page of results is not a page to list in search engines; its links are followed.
  robots: { index: false, follow: true },
};

export default function SearchPage() {
  return (
    <div className="page search-page">
      <h1 className="page-title">Search</h1>
      <SearchClient pageSize={settings.searchResults()} />
      <p className="search-empty no-scripts-only">
        Search needs JavaScript, which is off in this browser. Every article is in the{" "}
        <a href={ARCHIVE_PATH}>archive</a>, month by month, and every term in the <a href={GLOSSARY_PATH}>glossary</a>,
        from A to Z.
      </p>
    </div>
  );
}
