"use client";

import { useEffect } from "react";
import { SEARCH_FIELD_ID, SITE_SEARCH_FIELD_ID } from "@/lib/paths";
import { SuggestionsLoaderClient } from "./suggestions-loader-client";

/** Where typing goes on its own: a field, a list box, an editable region. */
const TYPING = "input, textarea, select, [contenteditable]:not([contenteditable='false'])";

/**
 * "/" focuses search from anywhere outside a text field, as on most reading sites: the search page's
 * own field when there is one, else the header's. And the header's field suggests terms once used.
 */
export function SearchShortcutClient() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (event.target instanceof Element && event.target.closest(TYPING)) return;
      const field = document.getElementById(SEARCH_FIELD_ID) ?? document.getElementById(SITE_SEARCH_FIELD_ID);
      if (!(field instanceof HTMLInputElement)) return;
      event.preventDefault();
      field.focus();
      field.select();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
  return <SuggestionsLoaderClient fieldId={SITE_SEARCH_FIELD_ID} />;
}
