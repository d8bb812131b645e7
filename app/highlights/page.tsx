import type { Metadata } from "next";
import { HighlightsPageClient } from "@/components/highlights/highlights-page-client";

export const metadata: Metadata = {
  title: "Your highlights",
  description: "Every passage you highlighted and every note you wrote, kept in this browser only.",
  // A reader's own page, empty to anyone else: nothing for search engines.
  robots: { index: false, follow: true },
};

/** Every highlight and note this browser keeps, by article; exported and imported here. */
export default function HighlightsPage() {
  return (
    <div className="page highlights-page">
      <h1 className="page-title">Your highlights</h1>
      <p className="page-intro">
        Select words in an article and choose Highlight (or press H) to keep them here; Add a note (or N) keeps a note
        with them. They are kept in this browser only: nothing is sent anywhere. Export them to keep a copy or to read
        them in another app.
      </p>
      <noscript>
        <p className="highlights-noscript">Highlights are kept and listed by this page&rsquo;s script, which is off.</p>
      </noscript>
      <HighlightsPageClient />
    </div>
  );
}
