"use client";

import { useEffect, useState } from "react";

/** How far down the viewport a heading must pass to count as the one being read. */
const READING_LINE = 0.3;

/** The id of the section being read (the last heading above the reading line), updated on scroll. */
export function useCurrentSection(ids: readonly string[]): string | undefined {
  const [current, setCurrent] = useState<string | undefined>(undefined);
  const key = ids.join(" ");

  useEffect(() => {
    const headings = key
      .split(" ")
      .map((id) => document.getElementById(id))
      .filter((heading): heading is HTMLElement => heading !== null);
    let frame = 0;
    const update = () => {
      frame = 0;
      const line = window.innerHeight * READING_LINE;
      let reading: string | undefined;
      for (const heading of headings) {
        if (heading.getBoundingClientRect().top <= line) reading = heading.id;
      }
      // At the very end of the page the last section is the one being read, however short.
      if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) {
        reading = headings.at(-1)?.id ?? reading;
      }
      setCurrent(reading);
    };
    const schedule = () => {
      if (!frame) frame = window.requestAnimationFrame(update);
    };
    // First reading after the page is laid out, not inside hydration: no long task for it.
    schedule();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    window.addEventListener("hashchange", schedule);
    return () => {
      window.cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
      window.removeEventListener("hashchange", schedule);
    };
  }, [key]);

  return current;
}
