"use client";

import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { search, loadPagefind, type Found } from "@/lib/search/pagefind-client";
import { SEARCH_FIELD_ID, SEARCH_PATH, searchPath } from "@/lib/paths";
import { MAX_QUERY_LENGTH } from "@/lib/search/fields";
import { cleanQuery, resultSummary } from "@/lib/search/query";
import { SearchResults } from "./search-results";
import { useBrowser, useHydrated } from "../shared/use-browser";

/** Typing pauses this long before a search starts, so a word is not searched letter by letter. */
const TYPING_PAUSE_MS = 80;

type Outcome = { query: string } & ({ found: Found; articles: Found["articles"] } | { failed: true });

const readUrlQuery = () => cleanQuery(new URLSearchParams(window.location.search).get("q"));

/**
 * The search page: its field, filled from `?q=`, and results as the reader types (terms named by the
 * query, then articles), with the address kept in step so a search can be shared.
 */
export function SearchClient({ pageSize }: { pageSize: number }) {
  const hydrated = useHydrated();
  const urlQuery = useBrowser(readUrlQuery, "");
  const [typed, setTyped] = useState<string | null>(null);
  const value = typed ?? urlQuery;
  const query = cleanQuery(value);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const results = useRef<HTMLDivElement>(null);
  const firstSearch = useRef(true);

  // The page is for searching: Pagefind starts loading at once, not at the first key.
  useEffect(() => void loadPagefind().catch(() => undefined), []);

  useEffect(() => {
    if (!query) return;
    let current = true;
    const delay = firstSearch.current ? 0 : TYPING_PAUSE_MS;
    firstSearch.current = false;
    const timer = window.setTimeout(async () => {
      try {
        const found = await search(query, pageSize);
        if (current) setOutcome({ query, found, articles: found.articles });
      } catch {
        if (current) setOutcome({ query, failed: true });
      }
    }, delay);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [query, pageSize]);

  const change = (next: string) => {
    setTyped(next);
    const cleaned = cleanQuery(next);
    window.history.replaceState(window.history.state, "", cleaned ? searchPath(cleaned) : SEARCH_PATH);
  };
  // The first result of the query in the field, once it has come (never one of an older query).
  const firstResult = () => (outcome?.query === query ? results.current?.querySelector("a") : null);
  // Results come as the reader types; Enter only has to take them to the first one.
  const submit = (event: FormEvent) => {
    event.preventDefault();
    firstResult()?.focus();
  };
  const arrowDown = (event: KeyboardEvent) => {
    if (event.key !== "ArrowDown") return;
    const first = firstResult();
    if (!first) return;
    event.preventDefault();
    first.focus();
  };
  const more = async () => {
    if (!outcome || !("found" in outcome)) return;
    const next = await outcome.found.more(pageSize);
    setOutcome((shown) => (shown === outcome ? { ...outcome, articles: [...outcome.articles, ...next] } : shown));
  };

  const shown = query && outcome ? outcome : null;
  const found = shown && "found" in shown ? shown.found : null;
  const summary =
    shown && found
      ? resultSummary(shown.query, found.terms.length + found.mentions.length, found.articleTotal)
      : shown
        ? "Search could not load."
        : "";
  return (
    <>
      <form className="search-form" role="search" action={SEARCH_PATH} method="get" onSubmit={submit}>
        <label htmlFor={SEARCH_FIELD_ID}>Search articles and terms</label>
        <div className="search-form-row">
          <input
            id={SEARCH_FIELD_ID}
            type="search"
            name="q"
            value={value}
            onChange={(event) => change(event.target.value)}
            onKeyDown={arrowDown}
            maxLength={MAX_QUERY_LENGTH}
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
            aria-keyshortcuts="/"
            aria-describedby="search-hint"
          />
          <button type="submit">Search</button>
        </div>
        <p id="search-hint" className="search-hint">
          A company, a chip, a phrase you remember: terms from the glossary come first, then articles.
        </p>
      </form>
      {hydrated && (
        <div ref={results} className="search-results">
          <p role="status" className="search-status">
            {summary}
          </p>
          {shown && (
            <SearchResults
              failed={!found}
              terms={found?.terms ?? []}
              mentions={found?.mentions ?? []}
              articles={"articles" in shown ? shown.articles : []}
              articleTotal={found?.articleTotal ?? 0}
              onMore={more}
            />
          )}
        </div>
      )}
    </>
  );
}
