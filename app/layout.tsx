import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { KnownTermsClient } from "@/components/known-terms-client";
import { ServiceWorkerClient } from "@/components/service-worker-client";
import { SiteHeader } from "@/components/site-header";
import { APPLY_PREFERENCES_SCRIPT } from "@/lib/preferences";
import { PRINT_STYLESHEET_PATH } from "@/lib/paths";
import { FEED_TYPES, SITE_DESCRIPTION, SITE_NAME, siteUrl } from "@/lib/site";
// Split by concern; the order is the cascade's (layout after the parts it arranges). Print rules
// are public/print.css, linked with media="print": they never hold up the screen's first paint.
import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/chrome.css";
import "./styles/lists.css";
import "./styles/article.css";
import "./styles/share.css";
import "./styles/glossary.css";
import "./styles/layout.css";

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
        <script dangerouslySetInnerHTML={{ __html: APPLY_PREFERENCES_SCRIPT }} />
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
