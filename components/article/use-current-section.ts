"use client";

import { useMemo, useSyncExternalStore } from "react";
import type { Section } from "@/lib/schema";
import { CLASS } from "@/lib/hooks";

/** How far down the viewport a heading must pass to count as the one being read. */
const READING_LINE = 0.3;
const HEADINGS = `.${CLASS.articleBody} :is(h2, h3, h4, h5, h6)[id]`;

/**
 * One store for the heading being read, shared by every reader of it (the contents, the glossary).
 * The browser tells which headings are above the reading line (an IntersectionObserver whose area
 * reaches from far above the page down to the line), and whether the page's foot is in view: nothing
 * here reads layout, on load or while scrolling.
 */
let reading: string | undefined;
const listeners = new Set<() => void>();
let observer: IntersectionObserver | undefined;
let footObserver: IntersectionObserver | undefined;
const above = new Set<Element>();
let atFoot = false;
let headings: HTMLElement[] = [];

function update() {
  // At the very end of the page the last section is the one being read, however short.
  const found = atFoot ? headings.at(-1) : headings.findLast((heading) => above.has(heading));
  if (found?.id === reading) return;
  reading = found?.id;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (listeners.size === 1) {
    headings = Array.from(document.querySelectorAll<HTMLElement>(HEADINGS));
    observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) above.add(entry.target);
          else above.delete(entry.target);
        }
        update();
      },
      { rootMargin: `1000000px 0px ${-100 * (1 - READING_LINE)}% 0px` },
    );
    for (const heading of headings) observer.observe(heading);
    // The site's footer, the page's last box, wholly in view: scrolled to the end.
    const foot = document.querySelector(`.${CLASS.siteFooter}`);
    footObserver = new IntersectionObserver(
      ([entry]) => {
        atFoot = entry.intersectionRatio >= 0.99;
        update();
      },
      { threshold: [0, 0.99, 1] },
    );
    if (foot) footObserver.observe(foot);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    observer?.disconnect();
    footObserver?.disconnect();
    above.clear();
    atFoot = false;
  };
}

/**
 * The id of the section being read among `sections`, counting only those of `maxDepth` or less
 * (2: the `##` section a sub-section belongs to). Undefined above the first heading.
 */
export function useCurrentSection(sections: readonly Section[], maxDepth = 6): string | undefined {
  const heading = useSyncExternalStore(
    subscribe,
    () => reading,
    () => undefined,
  );
  return useMemo(() => {
    const at = sections.findIndex((section) => section.id === heading);
    return sections.slice(0, at + 1).findLast((section) => section.depth <= maxDepth)?.id;
  }, [sections, heading, maxDepth]);
}
