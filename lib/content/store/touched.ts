import type { Article, GlossaryEntry } from "../../schema";
import { type Store, unpackArticle } from "./db";

/** What the glossary's change touches: ids whose entry changed or went, and whose names changed. */
export function glossaryChanges(db: Store, glossary: ReadonlyMap<string, GlossaryEntry>) {
  const before = new Map(
    (db.prepare("SELECT id, entry FROM glossary").all() as { id: string; entry: string }[]).map((row) => [
      row.id,
      JSON.parse(row.entry) as GlossaryEntry,
    ]),
  );
  const names = (entry?: GlossaryEntry) => JSON.stringify(entry ? [entry.term, ...entry.aliases] : []);
  const changed = [...glossary.values()].filter((entry) => JSON.stringify(entry) !== JSON.stringify(before.get(entry.id)));
  const removed = [...before.keys()].filter((id) => !glossary.has(id));
  const renamed = changed.filter((entry) => names(entry) !== names(before.get(entry.id)));
  const chips = [...changed.map((entry) => entry.id), ...removed].filter(
    (id) => JSON.stringify(glossary.get(id)?.chip) !== JSON.stringify(before.get(id)?.chip),
  );
  return { changed: [...changed.map((entry) => entry.id), ...removed], removed, renamed, chips };
}

/**
 * The articles a glossary change renders again: those that link or name a removed or renamed term,
 * and those whose text holds a name that is new or changed (it may now be linked). An article's
 * rendering holds only its terms' ids and the names it matched, never what they say, so an entry
 * whose definition, explanation or chip facts changed renders nothing again (its articles' pages
 * show it when they are next rendered).
 */
export function touchedArticles(db: Store, removed: string[], renamed: GlossaryEntry[]): Map<string, string> {
  const changed = [...removed, ...renamed.map((entry) => entry.id)];
  const touched = new Map<string, string>();
  const linked = db.prepare(
    "SELECT a.slug, a.path FROM article_terms t JOIN articles a ON a.slug = t.slug WHERE t.term = ? " +
      "UNION SELECT a.slug, a.path FROM article_refs r JOIN articles a ON a.slug = r.slug WHERE r.term = ?",
  );
  for (const id of changed) {
    for (const row of linked.all(id, id) as { slug: string; path: string }[]) touched.set(row.slug, row.path);
  }
  const phrases = renamed.flatMap((entry) => [entry.term, ...entry.aliases]).map((name) => name.toLowerCase());
  if (phrases.length > 0) {
    for (const row of db.prepare("SELECT slug, path, article FROM articles").iterate() as Iterable<{
      slug: string;
      path: string;
      article: Buffer;
    }>) {
      const { html } = unpackArticle<Article>(row.article);
      const text = html.toLowerCase();
      if (phrases.some((phrase) => text.includes(phrase))) touched.set(row.slug, row.path);
    }
  }
  return touched;
}
