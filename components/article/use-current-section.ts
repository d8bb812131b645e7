"use client";

import { useMemo, useSyncExternalStore } from "react";
import type { Section } from "@/lib/schema";
import { CLASS } from "@/lib/hooks";

/** How far down the viewport a heading must pass to count as the one being read. */
const READING_LINE = 0.3;
const HEADINGS = `.${CLASS.articleBody} :is(h2, h3, h4, h5, h6)[id]`;

/**
 * One store for the heading being read, shared by every reader of it (the contents, the glossary):
 * one scroll listener measures, once a frame at most, while anything is subscribed.
 */
let reading: string | undefined;
const listeners = new Set<() => void>();
let frame = 0;

function measure() {
  frame = 0;
  const headings = Array.from(document.querySelectorAll<HTMLElement>(HEADINGS));
  const line = window.innerHeight * READING_LINE;
  let found: string | undefined;
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top > line) break;
    found = heading.id;
  }
  // At the very end of the page the last section is the one being read, however short.
  if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2)
    found = headings.at(-1)?.id ?? found;
  if (found === reading) return;
  reading = found;
  for (const listener of listeners) listener();
}

const schedule = () => {
  if (!frame) frame = window.requestAnimationFrame(measure);
};
const EVENTS = ["scroll", "resize", "hashchange"] as const;

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (listeners.size === 1) {
    for (const type of EVENTS) window.addEventListener(type, schedule, { passive: true });
    // First measure after the page is laid out, not inside hydration: no long task for it.
    schedule();
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    for (const type of EVENTS) window.removeEventListener(type, schedule);
    window.cancelAnimationFrame(frame);
    frame = 0;
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
