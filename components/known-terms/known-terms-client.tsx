"use client";

import { useEffect, useSyncExternalStore } from "react";
import { setPageStyle } from "@/lib/browser/page-style-client";
import { CLASS, DATA, SELECT } from "@/lib/hooks";
import { KNOWN_TERMS_SELECTORS, KNOWN_TERMS_STYLE_ID, knownTermsCss } from "@/lib/known-terms/known-terms";
import { sidebarEntryId, termPath } from "@/lib/paths";
import { preferenceAttribute } from "@/lib/preferences/preferences";
import { readKnownTerms, setKnown, useKnownTerms } from "./use-known-terms";

const EXPLAIN = preferenceAttribute("explain");
const explainMode = () => document.documentElement.getAttribute(EXPLAIN) ?? "unknown";

/** The display menu sets "Explain terms" on <html>. */
function subscribeToMode(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: [EXPLAIN] });
  return () => observer.disconnect();
}

/** How a link to a term's entry beside the text begins: `#glossary-`. */
const ENTRY_HREF = `#${sidebarEntryId("")}`;

/**
 * Points `link` at `href` (null: at nothing, so it is plain text), setting its own address aside
 * in `aside` (a data attribute); `undefined` gives it back its own.
 */
function redirect(link: HTMLAnchorElement, aside: string, href: string | null | undefined) {
  const setAside = link.getAttribute(aside);
  const own = setAside ?? link.getAttribute("href");
  if (href === undefined) {
    if (setAside === null) return;
    link.setAttribute("href", setAside);
    link.removeAttribute(aside);
    return;
  }
  if (own !== null) link.setAttribute(aside, own);
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
      const button = event.target instanceof Element ? event.target.closest(SELECT.knowToggle) : null;
      if (!button) return;
      const knows = button.getAttribute("aria-pressed") !== "true";
      setKnown(button.getAttribute(DATA.know)!, knows);
      const entry = button.closest(`.${CLASS.glossaryEntry}`);
      // An article's entry folds away with its button: focus goes to the fold that now holds it.
      if (knows && entry)
        requestAnimationFrame(() =>
          entry.closest(`.${CLASS.glossary}`)?.querySelector<HTMLElement>(`.${CLASS.knownTerms} summary`)?.focus(),
        );
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);

  useEffect(() => {
    // Read afresh: while the page hydrates, `known` is still the server's empty list.
    const ids = readKnownTerms();
    const current = explainMode();
    setPageStyle(KNOWN_TERMS_STYLE_ID, knownTermsCss([...ids], KNOWN_TERMS_SELECTORS));
    const isKnown = (id: string) => current !== "all" && ids.has(id);
    for (const link of document.querySelectorAll<HTMLAnchorElement>(SELECT.termMention)) {
      redirect(link, DATA.ownHref, current === "none" || isKnown(link.getAttribute(DATA.term)!) ? null : undefined);
    }
    // Other links to a known term's entry beside the text (the chips table's) go to its page instead.
    for (const link of document.querySelectorAll<HTMLAnchorElement>(
      `a:not(.${CLASS.term})[href^='${ENTRY_HREF}'], a[${DATA.entry}]`,
    )) {
      const id = (link.getAttribute(DATA.entry) ?? link.getAttribute("href")!).slice(ENTRY_HREF.length);
      redirect(link, DATA.entry, isKnown(id) ? termPath(id) : undefined);
    }
    for (const button of document.querySelectorAll(SELECT.knowToggle)) {
      button.setAttribute("aria-pressed", String(ids.has(button.getAttribute(DATA.know)!)));
    }
  }, [known, mode]);

  return null;
}
