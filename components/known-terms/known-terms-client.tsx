"use client";

import { useEffect, useSyncExternalStore } from "react";
import { KNOW_BUTTON_ATTRIBUTE, KNOWN_TERMS_STYLE_ID, knownTermsCss } from "@/lib/known-terms/known-terms";
import { setPageStyle } from "@/lib/browser/page-style-client";
import { sidebarEntryId, termPath } from "@/lib/paths";
import { readKnownTerms, setKnown, useKnownTerms } from "./use-known-terms";

const explainMode = () => document.documentElement.getAttribute("data-explain") ?? "unknown";

/** The display menu sets "Explain terms" on <html>. */
function subscribeToMode(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-explain"] });
  return () => observer.disconnect();
}

/** How a link to a term's entry beside the text begins: `#glossary-`. */
const ENTRY_HREF = `#${sidebarEntryId("")}`;

/**
 * Points `link` at `href` (null: at nothing, so it is plain text), setting its own address aside
 * in `data-<key>`; `undefined` gives it back its own.
 */
function redirect(link: HTMLAnchorElement, key: "href" | "entry", href: string | null | undefined) {
  const own = link.dataset[key] ?? link.getAttribute("href");
  if (href === undefined) {
    if (link.dataset[key] === undefined) return;
    link.setAttribute("href", own!);
    delete link.dataset[key];
    return;
  }
  if (own !== null) link.dataset[key] = own;
  if (href === null) link.removeAttribute("href");
  else link.setAttribute("href", href);
}

/**
 * Applies the terms the reader knows and the "Explain terms" choice to every page: a term that
 * needs no explaining loses its link (its `href` is set aside, so that it reads and is announced as
 * plain text, and is no longer a stop for the Tab key), and every "I know this" toggle shows its
 * state (pressed or not) and works. Without JavaScript every term is explained.
 */
export function KnownTermsClient() {
  const known = useKnownTerms();
  const mode = useSyncExternalStore(subscribeToMode, explainMode, () => "unknown");

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const button = event.target instanceof Element ? event.target.closest(`button[${KNOW_BUTTON_ATTRIBUTE}]`) : null;
      if (!button) return;
      const knows = button.getAttribute("aria-pressed") !== "true";
      setKnown(button.getAttribute(KNOW_BUTTON_ATTRIBUTE)!, knows);
      const entry = button.closest(".glossary-entry");
      // An article's entry folds away with its button: focus goes to the fold that now holds it.
      if (knows && entry)
        requestAnimationFrame(() =>
          entry.closest(".glossary")?.querySelector<HTMLElement>(".known-terms summary")?.focus(),
        );
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);

  useEffect(() => {
    // Read afresh: while the page hydrates, `known` is still the server's empty list.
    const ids = readKnownTerms();
    const current = explainMode();
    setPageStyle(KNOWN_TERMS_STYLE_ID, knownTermsCss([...ids]));
    const isKnown = (id: string) => current !== "all" && ids.has(id);
    for (const link of document.querySelectorAll<HTMLAnchorElement>("a.term[data-term]")) {
      redirect(link, "href", current === "none" || isKnown(link.dataset.term!) ? null : undefined);
    }
    // Other links to a known term's entry beside the text (the chips table's) go to its page instead.
    for (const link of document.querySelectorAll<HTMLAnchorElement>(
      `a:not(.term)[href^='${ENTRY_HREF}'], a[data-entry]`,
    )) {
      const id = (link.dataset.entry ?? link.getAttribute("href")!).slice(ENTRY_HREF.length);
      redirect(link, "entry", isKnown(id) ? termPath(id) : undefined);
    }
    for (const button of document.querySelectorAll(`button[${KNOW_BUTTON_ATTRIBUTE}]`)) {
      button.setAttribute("aria-pressed", String(ids.has(button.getAttribute(KNOW_BUTTON_ATTRIBUTE)!)));
    }
  }, [known, mode]);

  return null;
}
