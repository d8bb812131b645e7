import { sidebarGlossaryHtml } from "./glossary-sidebar-html";
import type { GlossaryEntry, Section } from "@/lib/schema";
import { GlossaryReadingClient } from "./glossary-reading-client";
import { KnownTermsFoldClient } from "../known-terms/known-terms-fold-client";
import { StaticHtml } from "../shared/static-html";
import { CLASS } from "@/lib/hooks";

interface Props {
  entries: GlossaryEntry[];
  sections: Section[];
  /** For each term, the sections that mention it ("" for the text before the first section). */
  mentions: Record<string, string[]>;
}

/**
 * The terms an article uses, in order of first appearance (see sidebarGlossaryHtml), and, with
 * JavaScript, the marks on the terms of the section being read.
 */
export function GlossarySidebar({ entries, sections, mentions }: Props) {
  return (
    <aside className={CLASS.glossary} id="glossary" aria-labelledby="glossary-heading">
      <StaticHtml className="glossary-inner" html={sidebarGlossaryHtml(entries, sections, mentions)} once />
      <KnownTermsFoldClient terms={entries.map(({ id, term }) => ({ id, term }))} />
      <GlossaryReadingClient sections={sections} mentions={mentions} />
    </aside>
  );
}
