import { getLatestArticles } from "@/lib/content";
import { settings } from "@/lib/settings";
import { atomFeed } from "@/lib/feeds/feed";

export const dynamic = "force-static";

export async function GET() {
  return new Response(atomFeed(await getLatestArticles(settings.feedArticles())), {
    headers: { "content-type": "application/atom+xml; charset=utf-8" },
  });
}
