import { hostname } from "node:os";
import { createClient } from "redis";

/**
 * Publishing across instances that share one cache in Redis (README, "Several servers"). Each
 * instance keeps its own content store (on its own machine, from its own copy of the content
 * folder), so before the instance that takes a publish marks pages for rendering again (a mark every
 * instance sees, through the shared cache) it has every instance bring its store up to date, and
 * waits for each to answer: no instance then renders a page from content older than the publish.
 */

const CHANNEL = "gloss:publish";
/** The keys of the shared cache of pages (lib/cache/redis-cache.mjs). */
const CACHE_KEYS = "gloss:cache:*";
const answers = (id: string) => `gloss:publish:${id}`;
/** How long a publish waits for the other instances to answer. */
const WAIT_MS = 20_000;
const ME = `${hostname()}:${process.pid}`;

const STATE = Symbol.for("gloss.publish-peers");
const globals = globalThis as typeof globalThis & { [STATE]?: { client: ReturnType<typeof connect> } };

/** What the instances said to a publish: how many heard it, and any that could not follow. */
export interface PeersReport {
  instances: number;
  updated: number;
  problems: string[];
}

function connect() {
  const client = createClient({
    url: process.env.REDIS_URL,
    disableOfflineQueue: true,
    socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(250 * (retries + 1), 3000) },
  });
  // The cache handler says when Redis goes away and comes back; this client only keeps trying.
  client.on("error", () => undefined);
  return client;
}

/**
 * Listens, for as long as this server runs, for the publishes other instances take, and answers each
 * once `bringUpToDate` (a sync of this instance's store) has run. When Redis returns after an
 * absence, runs it too, for the publishes missed meanwhile, then empties the shared cache of pages
 * (every instance does, each after its own sync, so that no page rendered from older content stays).
 * Started by instrumentation.ts.
 */
export async function listenForPublishes(bringUpToDate: () => Promise<void>): Promise<void> {
  if (globals[STATE]) return;
  const client = connect();
  const listener = client.duplicate();
  globals[STATE] = { client };
  const follow = async (id?: string) => {
    let answer = "ok";
    try {
      // The instance that took the publish has brought its store up to date already.
      if (!id?.startsWith(`${ME}:`)) await bringUpToDate();
    } catch (error) {
      answer = `${ME}: ${error instanceof Error ? error.message : String(error)}`;
      console.error(`A publish could not be followed here: ${answer}`);
    }
    if (id) await client.multi().rPush(answers(id), answer).expire(answers(id), 60).exec();
  };
  // Back after an absence: publishes may have been missed, and pages cached from older content.
  const catchUp = async () => {
    // The listener's connection and this one come back one after the other: wait for both.
    if (!client.isReady) await new Promise((resolve) => client.once("ready", resolve));
    await follow();
    for await (const keys of client.scanIterator({ MATCH: CACHE_KEYS, COUNT: 500 })) {
      if (keys.length > 0) await client.unlink(keys);
    }
    console.log("Back in touch with Redis: content brought up to date and the shared cache emptied.");
  };
  let away = false;
  listener.on("error", () => (away = true));
  listener.on("ready", () => {
    if (away) catchUp().catch((error) => console.error(`Catching up after Redis returned failed: ${error.message}`));
    away = false;
  });
  await Promise.all([client.connect(), listener.connect()]).catch(() => (away = true));
  await listener.subscribe(CHANNEL, (id) => void follow(id).catch(() => undefined)).catch(() => (away = true));
}

/**
 * Tells every instance (this one included) to bring its store up to date after a publish here,
 * and waits until all have answered, or WAIT_MS. Null when there is no Redis (a lone server) or it
 * is away: this instance's own store is then the only one, or the others catch up when it returns.
 */
export async function updatePeers(): Promise<PeersReport | null> {
  const state = globals[STATE];
  if (!state?.client.isReady) return null;
  const id = `${ME}:${Date.now()}`;
  let instances: number;
  try {
    instances = await state.client.publish(CHANNEL, id);
  } catch {
    return null;
  }
  const until = Date.now() + WAIT_MS;
  let said: string[] = [];
  while (said.length < instances && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    said = await state.client.lRange(answers(id), 0, -1).catch(() => said);
  }
  const updated = said.filter((answer) => answer === "ok").length;
  const problems = said.filter((answer) => answer !== "ok");
  if (said.length < instances) {
    problems.push(`${instances - said.length} of ${instances} instances did not answer within ${WAIT_MS / 1000} s`);
  }
  return { instances, updated, problems };
}
