"use client";

import { useEffect } from "react";
import { sidebarEntryId } from "@/lib/paths";
import type { Section } from "@/lib/schema";
import { useCurrentSection } from "../article/use-current-section";
import { DATA } from "@/lib/hooks";

/**
 * Marks the sidebar entries of the terms the `##` section being read mentions (`data-in-section`),
 * so the glossary follows the reader. Renders nothing.
 */
export function GlossaryReadingClient({
  sections,
  mentions,
}: {
  sections: Section[];
  mentions: Record<string, string[]>;
}) {
  const current = useCurrentSection(sections, 2);
  useEffect(() => {
    for (const [term, where] of Object.entries(mentions)) {
      const entry = document.getElementById(sidebarEntryId(term));
      if (!entry) continue;
      entry.toggleAttribute(DATA.inSection, Boolean(current && where.includes(current)));
    }
  }, [current, mentions]);
  return null;
}
