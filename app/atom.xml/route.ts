import { getArticles } from "@/lib/content";
import { atomFeed } from "@/lib/feed";

export const dynamic = "force-static";

export async function GET() {
  return new Response(atomFeed(await getArticles()), {
    headers: { "content-type": "application/atom+xml; charset=utf-8" },
  });
}
