import { getArticles } from "@/lib/content";
import { rssFeed } from "@/lib/feed";

export const dynamic = "force-static";

export async function GET() {
  return new Response(rssFeed(await getArticles()), {
    headers: { "content-type": "application/rss+xml; charset=utf-8" },
  });
}
