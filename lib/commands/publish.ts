/**
 * `npm run publish`: tells the running Gloss server to publish what changed in the content folder
 * (POST /api/publish with PUBLISH_SECRET), and prints what went live, or every problem (nothing
 * goes live while any file is wrong). PUBLISH_URL is the server's address (http://localhost:3000).
 */
import type { PublishResult } from "../publish/publish";
import { runCommand } from "./run";

const list = (items: string[]) => (items.length === 0 ? "none" : items.join(", "));

runCommand("npm run publish", async () => {
  const server = process.env.PUBLISH_URL ?? "http://localhost:3000";
  const secret = process.env.PUBLISH_SECRET;
  if (!secret) throw new Error("set PUBLISH_SECRET to the secret the server was started with.");
  let response: Response;
  try {
    response = await fetch(new URL("/api/publish", server), {
      method: "POST",
      headers: { authorization: `Bearer ${secret}` },
    });
  } catch (error) {
    throw new Error(
      `no Gloss server answers at ${server} (${(error as Error).message}): start it, or set PUBLISH_URL.`,
    );
  }
  if (response.status === 401)
    throw new Error(`${server} refused the secret: use the PUBLISH_SECRET it was started with.`);
  const result = (await response.json()) as PublishResult;
  if (!result.published) {
    console.error(result.problems.join("\n"));
    throw new Error(
      `nothing was published. Fix the ${result.problems.length === 1 ? "problem" : "problems"} above and publish again.`,
    );
  }
  console.log(
    `Published in ${(result.ms / 1000).toFixed(1)} s: articles rendered ${list(result.rendered)}; removed ${list(result.removed)}; ` +
      `terms changed ${list(result.terms)}; ${result.revalidated.length} pages will be rendered again on their next request. ` +
      "Search catches up in the background.",
  );
  const { instances } = result;
  if (instances) {
    console.log(`${instances.updated} of ${instances.instances} instances brought their content up to date.`);
    for (const problem of instances.problems) console.error(`  ${problem}`);
  }
});
