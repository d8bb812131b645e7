import "server-only";
import { contentRoot } from "./load";
import { ContentError } from "./problems";
import { StoreReader } from "./store/queries";
import { syncStore } from "./store/sync";

let open: StoreReader | undefined;
let synced: Promise<void> | undefined;

/** Brings the store up to date once in this process; a problem, with a store to serve, is only logged. */
async function syncOnce(root: string): Promise<void> {
  try {
    await syncStore(root);
  } catch (error) {
    if (!(error instanceof ContentError) || !StoreReader.open(root)) throw error;
    console.error(`Content not updated, the last good content is served. ${error.message}`);
  }
}

/**
 * The content store's reader for this process. The first call brings the store up to date with the
 * content folder (a few stats when nothing changed); when that finds a problem and a store exists,
 * the problem is logged and the last good content keeps serving.
 */
export async function store(): Promise<StoreReader> {
  const root = contentRoot();
  synced ??= syncOnce(root);
  await synced;
  if (!open?.current(root)) {
    open?.close();
    open = StoreReader.open(root);
    if (!open) throw new Error(`No content store for ${root}: run \`npm run build\`.`);
  }
  return open;
}

