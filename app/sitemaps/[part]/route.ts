import { getSitemapEntries } from "@/lib/content";
import { SITEMAP_LIMIT, sitemapPartPath, sitemapParts, sitemapXml } from "@/lib/feeds/sitemap";

export const dynamic = "force-static";
export const dynamicParams = false;

const fileName = (n: number) => sitemapPartPath(n).split("/").pop()!;

/**
 * The parts of a split sitemap. While the site fits in one file, /sitemap.xml lists it all and the
 * one part is the same list (a static export needs at least one).
 */
export async function generateStaticParams() {
  const parts = Math.max(1, sitemapParts((await getSitemapEntries()).length));
  return Array.from({ length: parts }, (_, index) => ({ part: fileName(index + 1) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const { part } = await params;
  const n = Number(/^(\d+)\.xml$/.exec(part)?.[1]);
  const entries = await getSitemapEntries();
  const slice = entries.slice((n - 1) * SITEMAP_LIMIT, n * SITEMAP_LIMIT);
  if (!(n >= 1) || slice.length === 0) return new Response("Not found", { status: 404 });
  return new Response(sitemapXml(slice), { headers: { "content-type": "application/xml; charset=utf-8" } });
}
