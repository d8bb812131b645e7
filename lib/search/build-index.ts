import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { StoreReader } from "../content/store/queries";
import type { Article, GlossaryEntry } from "../schema";
import { NAMES_SEPARATOR, SHARDS_FILE, SUGGESTIONS_FILE, VOCABULARY_FILE, shardFolder } from "./fields";
import { folderSize, linkTree, runsOf, swapIn, writeIndex } from "./pagefind-files";
import { htmlText } from "./query";
import { articleRecord, termRecord, type SearchRecord } from "./records";
import { termPath } from "../paths";
import {
  addNames,
  countWords,
  emptyCounts,
  mergeCounts,
  readCounts,
  writeVocabulary,
  type TermSuggestion,
  type WordCounts,
} from "./vocabulary";

export { SearchIndexError } from "./pagefind-files";

export interface IndexSummary {
  /** Records indexed of each kind, the indexes they are in, and the older shards kept as they were. */
  articles: number;
  terms: number;
  shards: number;
  reused: number;
  /** The index on disk, and of it the vocabulary beside the script. */
  files: number;
  bytes: number;
  vocabularyBytes: number;
}

/** What the index is made from: the articles in their order, and the terms. */
export interface IndexSource {
  /** Every article's slug, oldest first, with a key that changes whenever its record may. */
  keys: Iterable<{ slug: string; key: string }>;
  /** The articles of `slugs`, in that order. */
  articles: (slugs: string[]) => Iterable<Article>;
  terms: Iterable<GlossaryEntry>;
}

/** Each shard's key, beside the index: a shard whose articles are unchanged is kept as it was. */
const KEYS_FILE = "shard-keys.json";

/**
 * `items` mapped one at a time, as they are read: a record is made only when Pagefind takes it, so
 * a server rebuilding its index after a publish answers readers between records.
 */
function* mapped<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item);
}

/** `records`, their words counted into `counts` as Pagefind reads them. */
function* counted(records: Iterable<SearchRecord>, counts: WordCounts): Generator<SearchRecord> {
  for (const record of records) {
    countWords(counts, htmlText(record.content));
    yield record;
  }
}

const readKeys = (folder: string): Record<string, string> => {
  try {
    return JSON.parse(readFileSync(path.join(folder, KEYS_FILE), "utf8"));
  } catch {
    return {};
  }
};

/**
 * Indexes the articles and terms of `source` with Pagefind (see lib/search/records.ts) and writes
 * the index to `outputDir`. Pagefind builds an index in memory, about 200 KB for each article, so
 * the archive is indexed in shards of `shardSize` articles, oldest first, one at a time: each older
 * shard in `archive-<n>/`, listed in SHARDS_FILE for the search page to merge, and the newest with
 * the terms in `outputDir` itself. A shard whose articles are all unchanged since the last index is
 * copied as it was: new articles change only the newest shard, so the time does not grow with the
 * archive. Everything is written beside `outputDir` first and swapped in whole, so that no reader
 * ever meets a half-written index and no fragment of an older one is left.
 */
export async function buildSearchIndex(
  source: IndexSource,
  outputDir: string,
  shardSize = 4000,
): Promise<IndexSummary> {
  // Pagefind is an ES module only; this file also runs as CommonJS (tsx, without "type": "module").
  const pagefind = await import("pagefind");
  // Its own folder: instances sharing one site folder may rebuild at the same time.
  const fresh = `${outputDir}.new-${process.pid}`;
  await rm(fresh, { recursive: true, force: true });
  const before = readKeys(outputDir);
  const keys: Record<string, string> = {};
  const counts = { articles: 0, terms: 0, reused: 0 };
  let vocabularyBytes = 0;
  const shards: string[] = [];
  const vocabulary = emptyCounts();
  try {
    const shard = async (run: { slug: string; key: string }[]) => {
      const name = shardFolder(shards.length);
      const key = createHash("sha256").update(JSON.stringify(run)).digest("hex");
      const target = path.join(fresh, name);
      const kept = path.join(outputDir, name);
      if (before[name] === key && existsSync(path.join(kept, VOCABULARY_FILE))) {
        await linkTree(kept, target);
        mergeCounts(vocabulary, readCounts(readFileSync(path.join(target, VOCABULARY_FILE), "utf8")));
        counts.reused += 1;
      } else {
        const slugs = run.map((entry) => entry.slug);
        const words = emptyCounts();
        await writeIndex(pagefind, counted(mapped(source.articles(slugs), articleRecord), words), target);
        writeFileSync(path.join(target, VOCABULARY_FILE), writeVocabulary(words));
        mergeCounts(vocabulary, words);
      }
      counts.articles += run.length;
      keys[name] = key;
      shards.push(name);
    };
    // Every run but the last is an older shard; the last goes with the terms.
    let last: { slug: string; key: string }[] = [];
    for (const run of runsOf(source.keys, shardSize)) {
      if (last.length > 0) await shard(last);
      last = run;
    }
    const newest = last.map((entry) => entry.slug);
    const terms = Array.from(source.terms);
    const primary = (function* () {
      yield* mapped(source.articles(newest), articleRecord);
      yield* terms.map(termRecord);
    })();
    const written = await writeIndex(pagefind, counted(primary, vocabulary), fresh);
    counts.articles += newest.length;
    counts.terms += written - newest.length;
    for (const term of terms) addNames(vocabulary, [term.term, ...term.aliases].join(" "));
    const vocabularyText = writeVocabulary(vocabulary);
    writeFileSync(path.join(fresh, VOCABULARY_FILE), vocabularyText);
    writeFileSync(path.join(fresh, SUGGESTIONS_FILE), JSON.stringify(terms.map(suggestion)));
    vocabularyBytes = Buffer.byteLength(vocabularyText);
    writeFileSync(path.join(fresh, SHARDS_FILE), JSON.stringify(shards));
    writeFileSync(path.join(fresh, KEYS_FILE), JSON.stringify(keys));
    await swapIn(fresh, outputDir);
  } finally {
    await rm(fresh, { recursive: true, force: true });
  }
  return { ...counts, shards: shards.length + 1, ...folderSize(outputDir), vocabularyBytes };
}

/** A term as the suggestions under a search field show it. */
const suggestion = (entry: GlossaryEntry): TermSuggestion => ({
  name: entry.term,
  names: [entry.term, ...entry.aliases].join(NAMES_SEPARATOR),
  short: entry.short,
  url: termPath(entry.id),
});

/** An index source for content held in memory (newest first, as loadContent returns it). */
export function memorySource(articles: readonly Article[], terms: Iterable<GlossaryEntry>): IndexSource {
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  return {
    keys: [...articles].reverse().map((article) => ({
      slug: article.slug,
      key: createHash("sha256").update(JSON.stringify(article)).digest("hex"),
    })),
    articles: (slugs) => slugs.map((slug) => bySlug.get(slug)!),
    terms,
  };
}

/** Indexes every article and term of the content store of `root` into `outputDir` (see buildSearchIndex). */
export async function indexStore(root: string, outputDir: string, shardSize: number): Promise<IndexSummary> {
  const store = StoreReader.open(root);
  if (!store) throw new Error("there is no content store: run `npm run build`, which makes it first.");
  try {
    const source = {
      keys: store.indexKeys(),
      articles: (slugs: string[]) => store.articlesOf(slugs),
      terms: store.glossary(),
    };
    return await buildSearchIndex(source, outputDir, shardSize);
  } finally {
    store.close();
  }
}
