import { MAX_QUERY_LENGTH } from "@/lib/search/fields";
import { SEARCH_PATH, SITE_SEARCH_FIELD_ID } from "@/lib/paths";
import { SearchShortcutClient } from "./search-shortcut-client";

/**
 * The header's search field, on every page: a plain form to /search?q=…, so every search has an
 * address; once used, it suggests glossary terms as the reader types. On a phone it is an icon-sized field that widens over the header while in use.
 */
export function SiteSearch() {
  return (
    <form className="site-search" role="search" aria-label="Site" action={SEARCH_PATH} method="get">
      <svg className="site-search-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="6.5" cy="6.5" r="5" />
        <path d="M10.2 10.2 15 15" />
      </svg>
      <label className="visually-hidden" htmlFor={SITE_SEARCH_FIELD_ID}>
        Search articles and terms
      </label>
      <input
        id={SITE_SEARCH_FIELD_ID}
        type="search"
        name="q"
        placeholder="Search"
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
        enterKeyHint="search"
        aria-keyshortcuts="/"
      />
      <SearchShortcutClient />
    </form>
  );
}
