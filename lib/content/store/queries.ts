import { existsSync, statSync } from "node:fs";
import type { Article, ArticleSummary, GlossaryEntry, Month } from "../../schema";
import { monthOf } from "../archive";
import { RelatedIndex, type RelatedData } from "../related";
import { metaValue, openForReading, storeFile, unpackArticle, type Store } from "./db";

/**
 * What pages ask the store, as SQL over its indexes: nothing here reads the whole archive into
 * memory but related reading's index of numbers. One read-only connection per process and root,
 * opened again when a sync has replaced the file.
 */
export class StoreReader {
  private related?: { generation: string; index: RelatedIndex; slugs: string[]; rank: Map<string, number> };
  /** Whether a publish's worker is making the next related index (see awaitRelated). */
  private awaiting = false;

  private constructor(
    private readonly db: Store,
    private readonly inode: number,
  ) {}

  /** The reader of the store for `root`, or undefined when there is no store yet. */
  static open(root: string): StoreReader | undefined {
    const db = openForReading(root);
    return db && new StoreReader(db, statSync(storeFile(root)).ino);
  }

  /** Whether there is a store for `root`. */
  static exists(root: string): boolean {
    return existsSync(storeFile(root));
  }

  /** Whether the store's file is still the one this reader opened. */
  current(root: string): boolean {
    try {
      return statSync(storeFile(root)).ino === this.inode;
    } catch {
      return false;
    }
  }

  close() {
    this.db.close();
  }

  generation(): string {
    return metaValue(this.db, "generation") ?? "0";
  }

  private all<T>(sql: string, ...params: unknown[]): T[] {
    return this.db.prepare(sql).all(...params) as T[];
  }

  private one<T>(sql: string, ...params: unknown[]): T | undefined {
    return this.db.prepare(sql).get(...params) as T | undefined;
  }

  private summaries(sql: string, ...params: unknown[]): ArticleSummary[] {
    return this.all<{ summary: string }>(sql, ...params).map((row) => JSON.parse(row.summary) as ArticleSummary);
  }

  article(slug: string): Article | undefined {
    const row = this.one<{ article: Buffer }>("SELECT article FROM articles WHERE slug = ?", slug);
    return row && unpackArticle<Article>(row.article);
  }

  /** The newest `count` articles, whole (for the feeds). */
  newestArticles(count: number): Article[] {
    return this.all<{ article: Buffer }>("SELECT article FROM articles ORDER BY date DESC, title LIMIT ?", count).map(
      (row) => unpackArticle<Article>(row.article),
    );
  }

  newest(count: number, offset = 0): ArticleSummary[] {
    return this.summaries("SELECT summary FROM articles ORDER BY date DESC, title LIMIT ? OFFSET ?", count, offset);
  }

  newestSlugs(count: number): string[] {
    return this.all<{ slug: string }>("SELECT slug FROM articles ORDER BY date DESC, title LIMIT ?", count).map(
      (row) => row.slug,
    );
  }

  articleCount(): number {
    return this.one<{ n: number }>("SELECT COUNT(*) AS n FROM articles")!.n;
  }

  sectionCount(): number {
    return this.one<{ n: number }>("SELECT COALESCE(SUM(sections), 0) AS n FROM articles")!.n;
  }

  /** Every article, whole, newest first, one at a time: for the editor's report. */
  *allArticles(): Generator<Article> {
    const rows = this.db.prepare("SELECT article FROM articles ORDER BY date DESC, title").iterate();
    for (const row of rows as Iterable<{ article: Buffer }>) yield unpackArticle<Article>(row.article);
  }

  /**
   * Every article's slug, oldest first, with a key that changes when its search record may: the
   * hash of its file and the pipeline that rendered it (the search index's shards are kept by it).
   */
  *indexKeys(): Generator<{ slug: string; key: string }> {
    const pipeline = metaValue(this.db, "pipeline") ?? "";
    const rows = this.db
      .prepare("SELECT a.slug, f.hash FROM articles a JOIN files f ON f.path = a.path ORDER BY a.date, a.title DESC")
      .iterate() as Iterable<{ slug: string; hash: string }>;
    for (const { slug, hash } of rows) yield { slug, key: `${pipeline}:${hash}` };
  }

  /** The articles of `slugs`, whole, in that order. */
  *articlesOf(slugs: string[]): Generator<Article> {
    for (let at = 0; at < slugs.length; at += 500) {
      const part = slugs.slice(at, at + 500);
      const rows = this.all<{ slug: string; article: Buffer }>(
        `SELECT slug, article FROM articles WHERE slug IN (${part.map(() => "?").join(",")})`,
        ...part,
      );
      const bySlug = new Map(rows.map((row) => [row.slug, row.article]));
      for (const slug of part) yield unpackArticle<Article>(bySlug.get(slug)!);
    }
  }

  /** Every article's address facts, newest first, a page at a time (for the sitemap). */
  *articleDates(): Generator<{ slug: string; modified: string }> {
    yield* this.db.prepare("SELECT slug, modified FROM articles ORDER BY date DESC, title").iterate() as Iterable<{
      slug: string;
      modified: string;
    }>;
  }

  glossary(): GlossaryEntry[] {
    return this.all<{ entry: string }>("SELECT entry FROM glossary").map((row) => JSON.parse(row.entry) as GlossaryEntry);
  }

  entries(ids: readonly string[]): Map<string, GlossaryEntry> {
    if (ids.length === 0) return new Map();
    const rows = this.all<{ id: string; entry: string }>(
      `SELECT id, entry FROM glossary WHERE id IN (${ids.map(() => "?").join(",")})`,
      ...ids,
    );
    return new Map(rows.map((row) => [row.id, JSON.parse(row.entry) as GlossaryEntry]));
  }

  /** How many articles link each term. */
  termCounts(): Map<string, number> {
    const rows = this.all<{ term: string; n: number }>("SELECT term, COUNT(*) AS n FROM article_terms GROUP BY term");
    return new Map(rows.map((row) => [row.term, row.n]));
  }

  termCount(id: string): number {
    return this.one<{ n: number }>("SELECT COUNT(*) AS n FROM article_terms WHERE term = ?", id)!.n;
  }

  /** Articles that link a term: newest first, or oldest first, a page at a time. */
  termArticles(id: string, count: number, offset: number, oldestFirst = false): ArticleSummary[] {
    const order = oldestFirst ? "t.date, t.title" : "t.date DESC, t.title";
    return this.summaries(
      `SELECT a.summary FROM article_terms t JOIN articles a ON a.slug = t.slug WHERE t.term = ? ORDER BY ${order} LIMIT ? OFFSET ?`,
      id,
      count,
      offset,
    );
  }

  /** The months with articles, newest first. */
  months(): Month[] {
    return this.all<{ month: string; n: number }>(
      "SELECT month, COUNT(*) AS n FROM articles GROUP BY month ORDER BY month DESC",
    ).map((row) => monthOf(row.month, row.n));
  }

  /** A month's articles in the order they were published, a page at a time. */
  monthArticles(key: string, count: number, offset: number): ArticleSummary[] {
    return this.summaries(
      "SELECT summary FROM articles WHERE month = ? ORDER BY date, title LIMIT ? OFFSET ?",
      key,
      count,
      offset,
    );
  }

  /** Up to `limit` articles to read after `slug` (see RelatedIndex). */
  relatedTo(slug: string, limit = 3): ArticleSummary[] {
    const { index, slugs, rank } = this.relatedIndex();
    const self = rank.get(slug);
    if (self === undefined) return [];
    const terms = this.all<{ term: string }>("SELECT term FROM article_terms WHERE slug = ?", slug).map((row) => row.term);
    const found = index.related(self, terms, limit).map((other) => slugs[other]);
    const bySlug = new Map(
      this.summaries(`SELECT summary FROM articles WHERE slug IN (${found.map(() => "?").join(",")})`, ...found).map(
        (summary) => [summary.slug, summary],
      ),
    );
    // An index kept while the next is made (awaitRelated) may name an article removed meanwhile.
    return found.flatMap((other) => bySlug.get(other) ?? []);
  }

  /** How many articles come before (date, title) in a month, or in a term's list, in the order they were published. */
  placeInMonth(month: string, date: string, title: string): number {
    return this.one<{ n: number }>(
      "SELECT COUNT(*) AS n FROM articles WHERE month = ? AND (date < ? OR (date = ? AND title < ?))",
      month,
      date,
      date,
      title,
    )!.n;
  }

  placeInTerm(term: string, date: string, title: string): number {
    return this.one<{ n: number }>(
      "SELECT COUNT(*) AS n FROM article_terms WHERE term = ? AND (date < ? OR (date = ? AND title < ?))",
      term,
      date,
      date,
      title,
    )!.n;
  }

  monthCount(month: string): number {
    return this.one<{ n: number }>("SELECT COUNT(*) AS n FROM articles WHERE month = ?", month)!.n;
  }

  /** Slugs of the articles that link a term, or that show "Chips at a glance". */
  linking(term: string): string[] {
    return this.all<{ slug: string }>("SELECT slug FROM article_terms WHERE term = ?", term).map((row) => row.slug);
  }

  withChips(): string[] {
    return this.all<{ slug: string }>("SELECT slug FROM articles WHERE chips = 1").map((row) => row.slug);
  }

  /** The `limit` articles most like one that links `terms` (it need not be in the store). */
  similarTo(terms: string[], limit: number): string[] {
    const { index, slugs } = this.relatedIndex();
    return index.related(-1, terms, limit).map((rank) => slugs[rank]);
  }

  /**
   * The articles whose related reading lists `slug`, among the newest `limit` that share a term
   * with it: one pass of related reading each.
   */
  listing(slug: string, limit: number): string[] {
    const { index, rank } = this.relatedIndex();
    const self = rank.get(slug);
    if (self === undefined) return [];
    const sharing = this.all<{ slug: string }>(
      "SELECT DISTINCT t.slug, t.date, t.title FROM article_terms t WHERE t.term IN (SELECT term FROM article_terms WHERE slug = ?) " +
        "AND t.slug != ? ORDER BY t.date DESC, t.title LIMIT ?",
      slug,
      slug,
      limit,
    );
    const termsOf = this.db.prepare("SELECT term FROM article_terms WHERE slug = ?").pluck();
    return sharing
      .map((row) => row.slug)
      .filter((other) => index.related(rank.get(other)!, termsOf.all(other) as string[]).includes(self));
  }

  /**
   * While `waiting` (a publish's worker is making the next index, for `adoptRelated`), related
   * reading keeps the index this reader has even when the store has moved on: the server's thread
   * does not make it again meanwhile. The pages whose related reading the change alters are marked once the
   * new index is taken.
   */
  awaitRelated(waiting: boolean) {
    this.awaiting = waiting;
  }

  /** Related reading's index, made again when the store has changed since it was made (see awaitRelated). */
  private relatedIndex() {
    const generation = this.generation();
    if (this.related && (this.related.generation === generation || this.awaiting)) return this.related;
    const slugs = this.all<{ slug: string }>("SELECT slug FROM articles ORDER BY date DESC, title").map((row) => row.slug);
    const rank = new Map(slugs.map((slug, index) => [slug, index]));
    const rows = this.db.prepare("SELECT term, slug FROM article_terms").raw().iterate() as Iterable<[string, string]>;
    const index = new RelatedIndex(slugs.length, (add) => {
      for (const [term, slug] of rows) add(term, rank.get(slug)!);
    });
    this.related = { generation, index, slugs, rank };
    return this.related;
  }

  /**
   * Related reading's index for the store as it is, as plain data: made where a publish syncs the
   * store (off the server's thread), for the server's reader to take (`adoptRelated`) instead of
   * making it again. At 100,000 articles making it reads every article's terms, about a second.
   */
  relatedData(): RelatedIndexData {
    const { generation, index, slugs } = this.relatedIndex();
    return { generation, slugs, index: index.data() };
  }

  /** Takes an index `relatedData` made, when it was made for the store as this reader sees it now. */
  adoptRelated(data: RelatedIndexData): boolean {
    if (data.generation !== this.generation()) return false;
    const rank = new Map(data.slugs.map((slug, index) => [slug, index]));
    this.related = { generation: data.generation, index: RelatedIndex.from(data.index), slugs: data.slugs, rank };
    return true;
  }
}

/** Related reading's index with what it is made of, for one generation of the store. */
export interface RelatedIndexData {
  generation: string;
  /** Newest first: an article's rank is its place here. */
  slugs: string[];
  index: RelatedData;
}
