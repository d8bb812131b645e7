"use client";

import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import {
  search,
  loadPagefind,
  loadVocabulary,
  foundNothing,
  wordsMatchingNothing,
  type Found,
} from "@/lib/search/pagefind-client";
import { AS_TYPED_PARAM, SEARCH_FIELD_ID, SEARCH_PATH, searchAsTypedPath, searchPath } from "@/lib/paths";
import { MAX_QUERY_LENGTH } from "@/lib/search/fields";
import { cleanQuery, resultSummary } from "@/lib/search/query";
import { correctQuery } from "@/lib/search/vocabulary";
import { SearchResults } from "./search-results";
import { SuggestionsLoaderClient } from "./suggestions-loader-client";
import { useBrowser, useHydrated } from "../shared/use-browser";

/** What the page says of results found offline. */
const OFFLINE_NOTICE =
  "This device is offline: these results come from the parts of the index it has kept, and may be incomplete.";

/** Whether the browser says it is offline, kept up to date. */
function useOffline(): boolean {
  const [offline, setOffline] = useState(false);
  useEffect(() => {
    const update = () => setOffline(!navigator.onLine);
    update();
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, []);
  return offline;
}

/** Typing pauses this long before a search starts, so a word is not searched letter by letter. */
const TYPING_PAUSE_MS = 80;

/** What a query found: `corrected` is the query searched instead, when the reader's words found nothing. */
type Outcome = { query: string; corrected?: string } & (
  { found: Found; articles: Found["articles"] } | { failed: true; offline: boolean }
);

const readUrlQuery = () => cleanQuery(new URLSearchParams(window.location.search).get("q"));
const readAsTyped = () => new URLSearchParams(window.location.search).has(AS_TYPED_PARAM);

/**
 * Searches `query`; when a word of it matches nothing, and the reader did not ask for their words
 * as typed, searches again with each such word corrected (lib/search/vocabulary.ts), and shows
 * that instead when it finds something.
 */
async function searchOrCorrect(query: string, count: number, asTyped: boolean): Promise<Outcome> {
  const found = await search(query, count);
  const unmatched = asTyped ? new Set<string>() : await wordsMatchingNothing(query, found);
  if (unmatched.size === 0) return { query, found, articles: found.articles };
  // Without the vocabulary (offline, and never loaded), the reader's words stand.
  const vocabulary = await loadVocabulary().catch(() => null);
  const corrected = vocabulary && correctQuery(query, vocabulary, unmatched);
  if (!corrected) return { query, found, articles: found.articles };
  const instead = await search(corrected, count);
  return foundNothing(instead)
    ? { query, found, articles: found.articles }
    : { query, corrected, found: instead, articles: instead.articles };
}

/**
 * The search page: its field, filled from `?q=`, and results as the reader types (terms named by the
 * query, then articles), with the address kept in step so a search can be shared.
 */
export function SearchClient({ pageSize }: { pageSize: number }) {
  const hydrated = useHydrated();
  const urlQuery = useBrowser(readUrlQuery, "");
  const urlAsTyped = useBrowser(readAsTyped, false);
  const [typed, setTyped] = useState<string | null>(null);
  // "Search instead for …" holds until the reader types.
  const asTyped = typed === null && urlAsTyped;
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
        const outcome = await searchOrCorrect(query, pageSize, asTyped);
        if (current) setOutcome(outcome);
      } catch {
        if (current) setOutcome({ query, failed: true, offline: !navigator.onLine });
      }
    }, delay);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [query, pageSize, asTyped]);

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
    // The suggestions under the field take the arrow keys while they are open.
    if (event.key !== "ArrowDown" || event.defaultPrevented) return;
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
  const offline = useOffline();
  const found = shown && "found" in shown ? shown.found : null;
  const summary =
    shown && found
      ? resultSummary(shown.corrected ?? shown.query, found.terms.length + found.mentions.length, found.articleTotal)
      : shown
        ? "failed" in shown && shown.offline
          ? "This device is offline, and has not kept the part of the index this search needs."
          : "Search could not load."
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
          <SuggestionsLoaderClient fieldId={SEARCH_FIELD_ID} />
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
          {shown?.corrected && (
            <p className="search-corrected">
              Showing results for{" "}
              <a href={searchPath(shown.corrected)}>
                <strong>{shown.corrected}</strong>
              </a>
              . Search instead for{" "}
              <a href={searchAsTypedPath(shown.query)}>
                <em>{shown.query}</em>
              </a>
              .
            </p>
          )}
          {shown && offline && found && <p className="search-offline">{OFFLINE_NOTICE}</p>}
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
