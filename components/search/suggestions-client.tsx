"use client";

import { useEffect, useRef, useState } from "react";
import { SUGGESTIONS_FILE } from "@/lib/search/fields";
import { indexFile } from "@/lib/search/index-files-client";
import { suggestTerms, type TermSuggestion } from "@/lib/search/vocabulary";

let terms: Promise<TermSuggestion[]> | undefined;

/** The glossary's terms for suggestions, fetched once (an empty list when they cannot be had). */
function loadTerms(): Promise<TermSuggestion[]> {
  terms ??= indexFile(SUGGESTIONS_FILE)
    .then((response) => response.json() as Promise<TermSuggestion[]>)
    .catch(() => {
      terms = undefined;
      return [];
    });
  return terms;
}

const announce = (count: number) =>
  count === 0
    ? ""
    : `${count} ${count === 1 ? "term suggested" : "terms suggested"}: up and down arrows to choose, Enter to open.`;

/**
 * Terms suggested under a search field as the reader types (two letters or more, misspelt or not),
 * as a WAI-ARIA combobox: the field owns a list box of up to five terms with their definitions; the
 * arrow keys move through it, Enter opens the chosen term's page, Escape closes it, and the count
 * is announced. The field stays a plain form: Enter without a choice searches as before. Loaded the
 * first time the field is used (see SuggestionsLoaderClient).
 */
export default function SuggestionsClient({ fieldId }: { fieldId: string }) {
  const listId = `${fieldId}-suggestions`;
  const [shown, setShown] = useState<TermSuggestion[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  // What the listeners read: the latest state without attaching them again.
  const state = useRef({ shown, active, open });
  const optionId = (index: number) => `${listId}-${index}`;

  useEffect(() => {
    const field = document.getElementById(fieldId);
    if (!(field instanceof HTMLInputElement)) return;
    field.setAttribute("role", "combobox");
    field.setAttribute("aria-autocomplete", "list");
    field.setAttribute("aria-controls", listId);
    field.setAttribute("aria-expanded", "false");
    let typedAt = 0;
    let dismissed = false;
    const update = async () => {
      const at = ++typedAt;
      dismissed = false;
      const found = suggestTerms(field.value, await loadTerms());
      if (at !== typedAt) return;
      setShown(found);
      setActive(-1);
      setOpen(found.length > 0 && document.activeElement === field);
    };
    const go = (term: TermSuggestion) => window.location.assign(term.url);
    const onKeyDown = (event: KeyboardEvent) => {
      const { shown, active, open } = state.current;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        // Closed with Escape, they stay closed until the words change (the search page's own
        // arrow key then goes to its results).
        if (shown.length === 0 || (!open && dismissed)) return;
        event.preventDefault();
        const step = event.key === "ArrowDown" ? 1 : -1;
        setOpen(true);
        // From the field, down is the first term and up the last; past either end, back to the field.
        const next = active + step;
        setActive(
          !open ? (step > 0 ? 0 : shown.length - 1) : next < -1 ? shown.length - 1 : next >= shown.length ? -1 : next,
        );
      } else if (event.key === "Enter" && open && active >= 0) {
        event.preventDefault();
        go(shown[active]);
      } else if (event.key === "Escape" && open) {
        event.preventDefault();
        dismissed = true;
        setOpen(false);
        setActive(-1);
      }
    };
    const onBlur = () => {
      setOpen(false);
      setActive(-1);
    };
    const onFocus = () => void update();
    field.addEventListener("input", update);
    field.addEventListener("keydown", onKeyDown);
    field.addEventListener("blur", onBlur);
    field.addEventListener("focus", onFocus);
    // The field was focused, and may hold words already, when this loaded.
    if (document.activeElement === field && field.value) void update();
    return () => {
      field.removeEventListener("input", update);
      field.removeEventListener("keydown", onKeyDown);
      field.removeEventListener("blur", onBlur);
      field.removeEventListener("focus", onFocus);
    };
  }, [fieldId, listId]);

  useEffect(() => {
    state.current = { shown, active, open };
    const field = document.getElementById(fieldId);
    if (!field) return;
    field.setAttribute("aria-expanded", String(open));
    if (open && active >= 0) field.setAttribute("aria-activedescendant", optionId(active));
    else field.removeAttribute("aria-activedescendant");
  });

  return (
    <>
      <ul id={listId} role="listbox" aria-label="Suggested terms" className="suggestions" hidden={!open}>
        {shown.map((term, index) => (
          <li
            key={term.url}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            // The field keeps the focus while a term is chosen with the mouse.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => window.location.assign(term.url)}
          >
            <span className="suggestion-name">{term.name}</span>
            <span className="suggestion-short">{term.short}</span>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status">
        {open ? announce(shown.length) : ""}
      </p>
    </>
  );
}
