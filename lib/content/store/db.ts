import { createHash } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import Database from "better-sqlite3";
import { storeDir } from "../../build-output";

/**
 * The content store: every article and glossary entry as the pipeline made it, kept between runs in
 * an SQLite file under the build folder, one per content root. Only a sync writes it; pages read
 * it. It is a cache: deleting it is always safe (the next sync makes it again).
 */
export type Store = Database.Database;

/** Bumped when the tables change shape. */
const SCHEMA = 2;

const TABLES = `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  -- Every content file as last read: a file whose size and time are unchanged is not read again.
  CREATE TABLE files (path TEXT PRIMARY KEY, kind TEXT NOT NULL, size INTEGER NOT NULL, mtime REAL NOT NULL, hash TEXT NOT NULL);
  CREATE TABLE glossary (id TEXT PRIMARY KEY, path TEXT NOT NULL, term TEXT NOT NULL, entry TEXT NOT NULL);
  -- An article's list fields (summary, JSON) apart from the whole of it (article, deflated JSON).
  CREATE TABLE articles (
    slug TEXT PRIMARY KEY, path TEXT NOT NULL, date TEXT NOT NULL, title TEXT NOT NULL, month TEXT NOT NULL,
    modified TEXT NOT NULL, sections INTEGER NOT NULL, chips INTEGER NOT NULL, summary TEXT NOT NULL, article BLOB NOT NULL
  );
  CREATE INDEX articles_newest ON articles (date DESC, title);
  CREATE INDEX articles_by_month ON articles (month, date, title);
  -- The terms each article links, ordered as lists show them, and the ids its frontmatter names.
  CREATE TABLE article_terms (
    term TEXT NOT NULL, date TEXT NOT NULL, title TEXT NOT NULL, slug TEXT NOT NULL,
    PRIMARY KEY (term, date, title, slug)
  ) WITHOUT ROWID;
  CREATE INDEX article_terms_by_slug ON article_terms (slug);
  CREATE TABLE article_refs (term TEXT NOT NULL, slug TEXT NOT NULL, PRIMARY KEY (term, slug)) WITHOUT ROWID;
`;

/** The store's file for a content root: one per root, so benchmarks and tests never share one. */
export function storeFile(root: string): string {
  const key = createHash("sha256").update(path.resolve(root)).digest("hex").slice(0, 12);
  return path.join(storeDir(), `content-${key}.sqlite`);
}

/**
 * Opens the store, with the settings every process shares: WAL, so that readers never wait for a
 * sync; a writer waits for another writer as long as a whole archive's first sync may take.
 */
function open(file: string, readonly: boolean): Store {
  const db = new Database(file, { readonly, fileMustExist: readonly, timeout: readonly ? 30_000 : 900_000 });
  if (!readonly) db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  return db;
}

/** The value of `key` in the store's meta table, or undefined. */
export const metaValue = (db: Store, key: string): string | undefined =>
  (db.prepare("SELECT value FROM meta WHERE key = ?").get(key) as { value: string } | undefined)?.value;

export const setMeta = (db: Store, key: string, value: string) =>
  db.prepare("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(key, value);

/** Whether `db` is a store of this shape, made by this pipeline (`pipeline`: its fingerprint). */
function usable(db: Store, pipeline: string): boolean {
  try {
    return metaValue(db, "schema") === String(SCHEMA) && metaValue(db, "pipeline") === pipeline;
  } catch {
    return false;
  }
}

/** The store for `root`, to write: its file made when missing, and made again when it is not a database. */
export function openForWriting(root: string): Store {
  const file = storeFile(root);
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    return open(file, false);
  } catch {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
    return open(file, false);
  }
}

/**
 * Inside a sync's transaction (which holds the write lock, so two processes never do this at once):
 * empties a store that is new, outdated or of another pipeline, and says whether it did.
 */
export function prepareStore(db: Store, pipeline: string): boolean {
  if (usable(db, pipeline)) return false;
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
  for (const { name } of tables) db.exec(`DROP TABLE IF EXISTS "${name}"`);
  db.exec(TABLES);
  setMeta(db, "schema", String(SCHEMA));
  setMeta(db, "pipeline", pipeline);
  setMeta(db, "generation", "0");
  return true;
}

/** The store for `root`, to read, or undefined when there is none yet. */
export function openForReading(root: string): Store | undefined {
  try {
    return open(storeFile(root), true);
  } catch {
    return undefined;
  }
}

/** The statements a sync writes with. */
export function writers(db: Store) {
  return {
    file: db.prepare(
      "INSERT INTO files (path, kind, size, mtime, hash) VALUES (?, ?, ?, ?, ?) " +
        "ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, hash = excluded.hash",
    ),
    dropFile: db.prepare("DELETE FROM files WHERE path = ?"),
    article: db.prepare(
      "INSERT OR REPLACE INTO articles (slug, path, date, title, month, modified, sections, chips, summary, article) " +
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    dropArticle: db.prepare("DELETE FROM articles WHERE slug = ?"),
    term: db.prepare("INSERT OR IGNORE INTO article_terms (term, date, title, slug) VALUES (?, ?, ?, ?)"),
    dropTerms: db.prepare("DELETE FROM article_terms WHERE slug = ?"),
    ref: db.prepare("INSERT OR IGNORE INTO article_refs (term, slug) VALUES (?, ?)"),
    dropRefs: db.prepare("DELETE FROM article_refs WHERE slug = ?"),
    slugAt: db.prepare("SELECT slug FROM articles WHERE path = ?"),
    factsAt: db.prepare("SELECT slug, date, title, summary, chips FROM articles WHERE path = ?"),
    termsOf: db.prepare("SELECT term FROM article_terms WHERE slug = ?").pluck(),
  };
}

/** An article as the store keeps it: JSON, deflated (a third of its size, and quick to inflate). */
export const packArticle = (article: unknown) => deflateRawSync(JSON.stringify(article), { level: 1 });
export const unpackArticle = <T>(blob: Buffer): T => JSON.parse(inflateRawSync(blob).toString("utf8")) as T;
