"use client";

import { useEffect, useSyncExternalStore } from "react";
import { KNOW_BUTTON_ATTRIBUTE, KNOWN_TERMS_STYLE_ID, knownTermsCss } from "@/lib/reader/known-terms";
import { termPath } from "@/lib/paths";
import { readKnownTerms, setKnown, useKnownTerms } from "./use-known-terms";

const explainMode = () => document.documentElement.getAttribute("data-explain") ?? "unknown";

/** The display menu sets "Explain terms" on <html>. */
function subscribeToMode(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-explain"] });
  return () => observer.disconnect();
}

/** The style the head script wrote, or a new one. */
function styleElement(): HTMLStyleElement {
  const found = document.getElementById(KNOWN_TERMS_STYLE_ID);
  if (found instanceof HTMLStyleElement) return found;
  const style = document.createElement("style");
  style.id = KNOWN_TERMS_STYLE_ID;
  document.head.append(style);
  return style;
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
    styleElement().textContent = knownTermsCss([...ids]);
    for (const link of document.querySelectorAll<HTMLAnchorElement>("a.term[data-term]")) {
      const plain = current === "none" || (current !== "all" && ids.has(link.dataset.term!));
      const href = link.getAttribute("href");
      if (plain && href !== null) {
        link.dataset.href = href;
        link.removeAttribute("href");
      } else if (!plain && href === null && link.dataset.href) {
        link.setAttribute("href", link.dataset.href);
        delete link.dataset.href;
      }
    }
    // Other links to a known term's entry beside the text (the chips table's) go to its page instead.
    for (const link of document.querySelectorAll<HTMLAnchorElement>(
      "a:not(.term)[href^='#glossary-'], a[data-entry]",
    )) {
      const id = (link.dataset.entry ?? link.getAttribute("href")!).replace("#glossary-", "");
      const elsewhere = current !== "all" && ids.has(id);
      if (elsewhere && !link.dataset.entry) {
        link.dataset.entry = link.getAttribute("href")!;
        link.setAttribute("href", termPath(id));
      } else if (!elsewhere && link.dataset.entry) {
        link.setAttribute("href", link.dataset.entry);
        delete link.dataset.entry;
      }
    }
    for (const button of document.querySelectorAll(`button[${KNOW_BUTTON_ATTRIBUTE}]`)) {
      button.setAttribute("aria-pressed", String(ids.has(button.getAttribute(KNOW_BUTTON_ATTRIBUTE)!)));
    }
  }, [known, mode]);

  return null;
}
