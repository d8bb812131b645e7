"use client";

import { useEffect, useState } from "react";
import type { Section } from "@/lib/schema";

/** How far down the viewport a heading must pass to count as the one being read. */
const READING_LINE = 0.3;

/**
 * The article's sections as links. With JavaScript, the section being read is marked
 * (`aria-current="location"`) as the reader scrolls.
 */
export function TableOfContents({ sections }: { sections: Section[] }) {
  const [current, setCurrent] = useState<string | undefined>(undefined);

  useEffect(() => {
    const headings = sections
      .map((section) => document.getElementById(section.id))
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
    update();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    window.addEventListener("hashchange", schedule);
    return () => {
      window.cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
      window.removeEventListener("hashchange", schedule);
    };
  }, [sections]);

  return (
    <nav className="toc" aria-labelledby="toc-heading">
      <h2 id="toc-heading" className="toc-heading">
        Contents
      </h2>
      <ol>
        {sections.map((section) => (
          <li key={section.id} className={section.depth > 2 ? "toc-sub" : undefined}>
            <a href={`#${section.id}`} aria-current={current === section.id ? "location" : undefined}>
              {section.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
