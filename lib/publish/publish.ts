import "server-only";
import { revalidatePath } from "next/cache";
import { contentRoot } from "../content/load";
import { ContentError } from "../content/problems";
import { store } from "../content/reader";
import type { SyncReport } from "../content/store/sync";
import { settings } from "../settings";
import { offThread } from "./off-thread";
import { type PeersReport, updatePeers } from "./peers";
import { rebuildSearchSoon } from "./search";

/** What a publish did, as the endpoint answers it. */
export type PublishResult =
  | {
      published: true;
      rendered: string[];
      removed: string[];
      terms: string[];
      revalidated: string[];
      /** With several instances (REDIS_URL): how many brought their stores up to date. */
      instances: PeersReport | null;
      ms: number;
    }
  | { published: false; problems: string[] };

/** One sync of the store at a time in this process: a second waits for the first. */
const QUEUE = Symbol.for("gloss.publish-queue");
const globals = globalThis as typeof globalThis & { [QUEUE]?: Promise<unknown> };

function serially<T>(work: () => Promise<T>): Promise<T> {
  const next = (globals[QUEUE] ?? Promise.resolve()).then(work, work);
  globals[QUEUE] = next.catch(() => undefined);
  return next;
}

/**
 * Brings this instance's content store up to date with the content folder (every file checked as
 * the build checks it: when any is wrong nothing changes and a ContentError names the problems),
 * and has the search index rebuilt in the background when anything changed. Each runs in a
 * publish worker of its own: listing and hashing a large archive's files takes seconds, which readers'
 * requests would otherwise wait behind. With `pageSize`, the worker also lists the pages to mark.
 */
async function syncHere(pageSize?: number): Promise<{ report: SyncReport; affected: string[] }> {
  const reader = await store();
  // Pages rendered while the worker works keep the related reading they had: the pages it changes
  // are marked once the worker's index is taken, and rendered again from it.
  reader.awaitRelated(true);
  try {
    const { result } = await offThread({ kind: "sync", root: contentRoot(), pageSize });
    const { related, affected = [], ...report } = result;
    if (related) (await store()).adoptRelated(related);
    if (report.articleChanges.length + report.termsChanged.length > 0) rebuildSearchSoon();
    return { report, affected };
  } finally {
    reader.awaitRelated(false);
  }
}

/** What an instance does for a publish another instance took (lib/publish/peers.ts). */
export const followPublish = async (): Promise<void> => void (await serially(() => syncHere()));

/**
 * Publishes what changed in the content folder: brings the store up to date (and, with several
 * instances, every instance's), then marks exactly the pages that changed for rendering again on
 * their next request. Called by the publish endpoint, within its request.
 */
export async function publish(): Promise<PublishResult> {
  const started = performance.now();
  let synced: Awaited<ReturnType<typeof syncHere>>;
  try {
    synced = await serially(() => syncHere(settings.pageSize()));
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(`Not published: ${error.message}`);
    return { published: false, problems: error.problems };
  }
  const { report, affected: revalidated } = synced;
  const instances = await updatePeers();
  for (const path of revalidated) revalidatePath(path);
  return {
    published: true,
    rendered: report.rendered,
    removed: report.removed,
    terms: report.termsChanged,
    revalidated,
    instances,
    ms: Math.round(performance.now() - started),
  };
}
