/**
 * What the published pages tell the search index, and what the search page reads back: the names
 * of Pagefind's filters and metadata on article and term pages. Pure: server and browser alike.
 */

/** The filter that tells articles from glossary terms. */
export const KIND_FILTER = "kind";
export type SearchKind = "article" | "term";

/** An article's date ("2026-04-24"), for the results list. */
export const DATE_META = "date";
/** A term's one-sentence definition. */
export const SHORT_META = "short";
/** A term's name and aliases, "|" between them: the terms whose name matches a query come first. */
export const NAMES_META = "names";
export const NAMES_SEPARATOR = "|";

/** Where the index and Pagefind's script are served (app/pagefind/, or out/pagefind in the export). */
export const PAGEFIND_PATH = "/pagefind/pagefind.js";
/** The folder of the index and of the files beside it ("/pagefind/"). */
export const PAGEFIND_FOLDER = PAGEFIND_PATH.slice(0, PAGEFIND_PATH.lastIndexOf("/") + 1);

/** The list of the index's older shards, beside its script: folders of the index to merge. */
export const SHARDS_FILE = "shards.json";
/**
 * Beside the index too: the words it holds with their counts (in each shard for that shard's
 * articles, and merged beside the script), read only when a query needs correcting; and the
 * glossary's terms for suggestions as a reader types (lib/search/vocabulary.ts).
 */
export const VOCABULARY_FILE = "vocabulary.txt";
export const SUGGESTIONS_FILE = "terms.json";
export const shardFolder = (n: number) => `archive-${n}`;

/** Longer queries are cut here: nothing a reader types is that long, and the index need not see it. */
export const MAX_QUERY_LENGTH = 200;
