import { getLatestArticles } from "@/lib/content";
import { settings } from "@/lib/settings";
import { rssFeed } from "@/lib/feeds/feed";

export const dynamic = "force-static";

export async function GET() {
  return new Response(rssFeed(await getLatestArticles(settings.feedArticles())), {
    headers: { "content-type": "application/rss+xml; charset=utf-8" },
  });
}
