import { pageCount } from "../content/archive";
import type { StoreReader } from "../content/store/queries";
import type { ArticleFacts, SyncReport } from "../content/store/sync";
import { sitemapPartPath, SITEMAP_LIMIT } from "../feeds/sitemap";
import {
  ARCHIVE_PATH,
  archivePath,
  articleImagePath,
  articlePath,
  ATOM_PATH,
  GLOSSARY_PATH,
  HOME_PATH,
  RSS_PATH,
  termArticlesPath,
  termPath,
} from "../paths";

/** Articles sharing a term with a changed one, newest first, whose related reading is checked for it. */
const RELATED_CANDIDATES = 2000;
/** Articles most like a changed one as it was, whose related reading may have listed it. */
const SIMILAR = 10;

interface Sizes {
  /** Articles on a page of a month or of a term's articles. */
  pageSize: number;
}

/**
 * The pages a sync changed, as addresses to revalidate, and nothing else: the articles rendered or
 * removed and their images; the lists that show them (the home page, the archive, the pages of
 * their months and of their terms' articles: from where they stand to the end when they came, went or
 * moved, only the page they are on when they kept their place; the terms' pages, the
 * glossary's counts), the feeds and the sitemap; the articles whose related reading lists them (see
 * RELATED_CANDIDATES and SIMILAR); and for a changed glossary entry, its page, the glossary, the
 * articles that link it, the pages of the terms that name it as related, and where its chip row shows.
 */
export function affectedPaths(report: SyncReport, store: StoreReader, { pageSize }: Sizes): string[] {
  const paths = new Set<string>();
  const add = (...more: string[]) => more.forEach((path) => paths.add(path));
  // An article whose list facts (what lists show, the terms it links) are unchanged changes its own page only.
  const listed = report.articleChanges.filter(
    ({ before, after }) =>
      before?.summary !== after?.summary || JSON.stringify(before?.terms) !== JSON.stringify(after?.terms),
  );
  if (listed.length > 0) {
    add(HOME_PATH, ARCHIVE_PATH, GLOSSARY_PATH, RSS_PATH, ATOM_PATH, "/sitemap.xml");
    const parts = Math.ceil((store.articleCount() + 1) / SITEMAP_LIMIT) + 1;
    for (let n = 1; n <= parts; n++) add(sitemapPartPath(n));
  }

  // An article that came, went or moved in a list shifts every page after its place; one that kept its
  // place (same date and title, still in the list) changes only the page it is on.
  const fromPlace = (count: number, place: number, path: (page: number) => string, stays: boolean) => {
    const first = Math.floor(place / pageSize) + 1;
    const last = stays ? first : pageCount(count + 1, pageSize);
    for (let page = first; page <= last; page++) add(path(page));
  };
  const lists = (facts: ArticleFacts, other: ArticleFacts | undefined) => {
    const month = facts.date.slice(0, 7);
    const kept = other !== undefined && other.date === facts.date && other.title === facts.title;
    fromPlace(
      store.monthCount(month),
      store.placeInMonth(month, facts.date, facts.title),
      (page) => archivePath(month, page),
      kept,
    );
    for (const term of facts.terms) {
      add(termPath(term));
      fromPlace(
        store.termCount(term),
        store.placeInTerm(term, facts.date, facts.title),
        (page) => termArticlesPath(term, page),
        kept && other.terms.includes(term),
      );
    }
  };
  for (const { slug } of report.articleChanges) add(articlePath(slug), articleImagePath(slug));
  for (const { slug, before, after } of listed) {
    if (before) lists(before, after);
    if (after) lists(after, before);
    if (after) add(...store.listing(slug, RELATED_CANDIDATES).map(articlePath));
    if (before) add(...store.similarTo(before.terms, SIMILAR).map(articlePath));
  }

  if (report.termsChanged.length > 0) add(GLOSSARY_PATH);
  const glossary = store.glossary();
  for (const id of report.termsChanged) {
    add(termPath(id), ...store.linking(id).map(articlePath));
    if (report.termsRenamed.includes(id)) {
      for (const entry of glossary) if (entry.related.includes(id)) add(termPath(entry.id));
    }
  }
  if (report.chipsChanged.length > 0) add(...store.withChips().map(articlePath));
  return [...paths];
}
