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
 * The content store's reader for this process. Outside production (`next dev`, tests) the first call
 * brings the store up to date with the content folder; in production the build made it and only a
 * publish changes it (README, "Publishing"), so it is synced here only when there is none. When a
 * sync finds a problem and a store exists, the problem is logged and the last good content serves.
 */
export async function store(): Promise<StoreReader> {
  const root = contentRoot();
  const production = process.env.NODE_ENV === "production";
  if (!synced && (!production || !StoreReader.exists(root))) synced = syncOnce(root);
  await synced;
  if (!open?.current(root)) {
    open?.close();
    open = StoreReader.open(root);
    if (!open) throw new Error(`No content store for ${root}: run \`npm run build\`.`);
  }
  return open;
}

