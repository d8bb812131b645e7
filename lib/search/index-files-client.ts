/**
 * Files beside the search index (Pagefind's script, the shards' list, the vocabulary, the terms
 * suggested as a reader types), fetched from this site.
 */
import "client-only";
import { PAGEFIND_FOLDER } from "./fields";

const FOLDER = PAGEFIND_FOLDER;

/** Fetches `name` from the index's folder; rejects when it cannot be had. */
export async function indexFile(name: string): Promise<Response> {
  const response = await fetch(indexFile.url(name));
  if (!response.ok) throw new Error(`${indexFile.url(name)}: ${response.status}`);
  return response;
}
indexFile.url = (name: string) => `${FOLDER}${name}`;
