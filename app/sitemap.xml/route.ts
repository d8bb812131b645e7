import { getSitemapEntries } from "@/lib/content";
import { sitemapIndexXml, sitemapPartPath, sitemapParts, sitemapXml } from "@/lib/feeds/sitemap";

export const dynamic = "force-static";

/** The sitemap: one file while the site fits in one, an index of parts past that. */
export async function GET() {
  const entries = await getSitemapEntries();
  const parts = sitemapParts(entries.length);
  const body =
    parts <= 1
      ? sitemapXml(entries)
      : sitemapIndexXml(Array.from({ length: parts }, (_, index) => sitemapPartPath(index + 1)));
  return new Response(body, { headers: { "content-type": "application/xml; charset=utf-8" } });
}
