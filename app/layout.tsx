import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/chrome/site-footer";
import { KnownTermsClient } from "@/components/known-terms/known-terms-client";
import { ServiceWorkerClient } from "@/components/offline/service-worker-client";
import { SiteHeader } from "@/components/chrome/site-header";
import { HEAD_SCRIPT } from "@/lib/preferences/head-script";
import { PRINT_STYLESHEET_PATH } from "@/lib/paths";
import { FEED_TYPES, SITE_DESCRIPTION, SITE_NAME, siteUrl } from "@/lib/site";
// Split by concern; the order is the cascade's (layout after the parts it arranges). Print rules
// are public/print.css, linked with media="print": they never hold up the screen's first paint.
import "@/components/chrome/tokens.css";
import "@/components/chrome/base.css";
import "@/components/chrome/chrome.css";
import "@/components/search/site-search.css";
import "@/components/preferences/preferences.css";
import "@/components/lists/lists.css";
import "@/components/article/article.css";
import "@/components/reading/reading.css";
import "@/components/sharing/sharing.css";
import "@/components/highlights/highlights.css";
import "@/components/glossary/glossary.css";
import "@/components/known-terms/known-terms.css";
import "@/components/chrome/layout.css";

export const metadata: Metadata = {
  metadataBase: siteUrl(),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  alternates: { types: FEED_TYPES },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The head script sets the reader's saved preferences on <html> before React hydrates it.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: HEAD_SCRIPT }} />
        <link rel="stylesheet" href={PRINT_STYLESHEET_PATH} media="print" />
      </head>
      <body>
        <SiteHeader />
        <main id="content" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
        <KnownTermsClient />
        <ServiceWorkerClient />
      </body>
    </html>
  );
}
