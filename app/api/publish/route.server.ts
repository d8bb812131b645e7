import { timingSafeEqual } from "node:crypto";
import { publish } from "@/lib/publish/publish";

/** The secret a publish request must carry: `Authorization: Bearer <PUBLISH_SECRET>`. */
function authorized(request: Request): boolean {
  const secret = process.env.PUBLISH_SECRET;
  const given = request.headers.get("authorization")?.match(/^Bearer (.+)$/)?.[1];
  if (!secret || !given) return false;
  const [a, b] = [Buffer.from(given), Buffer.from(secret)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * POST /api/publish: publishes what changed in the content folder (lib/publish/publish.ts). 401
 * without the secret (nothing is read or changed); 422 with every problem when a file is wrong
 * (nothing changes for readers); else what was published and the pages revalidated.
 */
export async function POST(request: Request): Promise<Response> {
  if (!authorized(request)) {
    return Response.json({ error: "Publishing needs the PUBLISH_SECRET of this server." }, { status: 401 });
  }
  const result = await publish();
  return Response.json(result, { status: result.published ? 200 : 422 });
}
