"use client";

import type { Section } from "@/lib/schema";
import { useCurrentSection } from "./use-current-section";

/**
 * The article's sections as links. With JavaScript, the section being read is marked
 * (`aria-current="location"`) as the reader scrolls.
 */
export function TableOfContentsClient({ sections }: { sections: Section[] }) {
  const current = useCurrentSection(sections);
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
