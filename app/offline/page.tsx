import type { Metadata } from "next";
import { OfflinePagesClient } from "@/components/offline/offline-pages-client";

export const metadata: Metadata = {
  title: "Offline",
  // Shown in place of a page that is not kept; nothing for search engines.
  robots: { index: false, follow: false },
};

/** What a reader offline sees for a page this device has not kept: the articles it has. */
export default function OfflinePage() {
  return (
    <div className="page">
      <h1 className="page-title">You are offline</h1>
      <p className="page-intro">
        This page is not saved on this device. When you are back online, reload it. Until then, you can read what this
        device keeps: the home page, the glossary, the newest articles and the articles you have opened.
      </p>
      <OfflinePagesClient />
    </div>
  );
}
