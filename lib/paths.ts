/**
 * Every path and element id the site writes, in one place: the renderer, the components, the feeds
 * and the browser code all ask here, so a link and its target can never disagree. Pure: safe to
 * import from server and browser code alike.
 */

/** The home page: the newest articles. */
export const HOME_PATH = "/";

/** An article's page. */
export const articlePath = (slug: string) => `/articles/${slug}`;

/** An article's link-preview image. */
export const articleImagePath = (slug: string) => `/og/${slug}.png`;

/** The A–Z glossary. */
export const GLOSSARY_PATH = "/glossary";

/** A term's entry in the A–Z glossary. */
export const glossaryEntryPath = (id: string) => `${GLOSSARY_PATH}#${glossaryIndexId(id)}`;

/** A term's own page (its topic page). */
export const termPath = (id: string) => `${GLOSSARY_PATH}/${id}`;

/** A page of every article that uses a term, in the order they were published. */
export const termArticlesPath = (id: string, page: number) => `${GLOSSARY_PATH}/${id}/${page}`;

/** The list of every month with articles. */
export const ARCHIVE_PATH = "/archive";

/** A month of the archive, `month` as "2026-04"; page 2 and on hold the rest of a long month. */
export const archivePath = (month: string, page = 1) =>
  `${ARCHIVE_PATH}/${month.replace("-", "/")}${page > 1 ? `/${page}` : ""}`;

/** The search page; `searchPath("gpu")` is a search that can be shared. */
export const SEARCH_PATH = "/search";
export const searchPath = (query: string) => `${SEARCH_PATH}?q=${encodeURIComponent(query)}`;
/** The query parameter that asks for the words as typed, never corrected ("Search instead for …"). */
export const AS_TYPED_PARAM = "typed";
export const searchAsTypedPath = (query: string) => `${searchPath(query)}&${AS_TYPED_PARAM}=1`;

/** The search field in the header of every page, and the search page's own. */
export const SITE_SEARCH_FIELD_ID = "site-search-query";
export const SEARCH_FIELD_ID = "search-query";

/** Every highlight and note a reader keeps in this browser. */
export const HIGHLIGHTS_PATH = "/highlights";

/** The page a reader offline is shown for a page this device has not kept, listing the ones it has. */
export const OFFLINE_PATH = "/offline";

/** The print stylesheet (public/print.css), linked with media="print" so that screens never wait for it. */
export const PRINT_STYLESHEET_PATH = "/print.css";

/** The service worker that keeps pages for reading offline; at the root, so that it serves the whole site. */
export const SERVICE_WORKER_PATH = "/sw.js";

export const RSS_PATH = "/feed.xml";
export const ATOM_PATH = "/atom.xml";

/** A term's entry on the A–Z glossary page (shared links use `/glossary#<id>`, so it is the bare id). */
export const glossaryIndexId = (id: string) => id;

/** The heading of a term's entry on the A–Z glossary page. */
export const glossaryIndexTermId = (id: string) => `${id}-term`;

/** A letter's section on the A–Z glossary page. */
export const letterId = (letter: string) => `letter-${letter.toLowerCase()}`;

/** A term's entry in the glossary beside an article. */
export const sidebarEntryId = (id: string) => `glossary-${id}`;

/** A term's one-sentence definition beside an article, which describes every link to the term. */
export const definitionId = (id: string) => `glossary-short-${id}`;

/** The first mention of a term in an article's text, where the sidebar entry links back to. */
export const mentionId = (id: string) => `mention-${id}`;

/** The heading of an article's corrections, which "Updated" under the byline links to. */
export const CORRECTIONS_ID = "corrections";

/** The prefix of every paragraph's id (`p-the-deal-was-signed`). */
export const PARAGRAPH_ID_PREFIX = "p-";

/**
 * Ids the article page uses around the body, and the prefixes of ids it generates: a section of an
 * article must not take them.
 */
export const RESERVED_ID =
  /^(?:content|glossary|contents|toc-heading|top|site-search-query|corrections)$|^(?:glossary|mention|p)-/;
