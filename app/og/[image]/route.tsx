import { ImageResponse } from "next/og";
import { getArticle, getPrerenderedSlugs } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { articleImagePath } from "@/lib/paths";
import { SITE_NAME } from "@/lib/site";

// One PNG per article, drawn with the font Next.js ships (no network): at build time for the
// articles written then, on first request (and kept) for the others.
export const dynamic = "force-static";

// The images of the articles written at build time; the others are drawn on their first request.
const fileName = (slug: string) => articleImagePath(slug).split("/").pop()!;

export async function generateStaticParams() {
  return (await getPrerenderedSlugs()).map((slug) => ({ image: fileName(slug) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ image: string }> }) {
  const { image } = await params;
  const article = await getArticle(image.replace(/\.png$/, ""));
  if (!article || fileName(article.slug) !== image) return new Response("Not found", { status: 404 });
  const source = article.source ? `${article.source.name} · ` : "";
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "72px 80px",
        background: "#fdfcf9",
        color: "#1c1b19",
        borderTop: "16px solid #0a4f94",
      }}
    >
      <div style={{ fontSize: 34, color: "#0a4f94", letterSpacing: 1 }}>{SITE_NAME}</div>
      <div style={{ fontSize: article.title.length > 70 ? 60 : 70, lineHeight: 1.12, display: "flex" }}>
        {article.title}
      </div>
      <div style={{ fontSize: 30, color: "#55524c" }}>{`${source}${formatDate(article.date)}`}</div>
    </div>,
    { width: 1200, height: 630 },
  );
}
