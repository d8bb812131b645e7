import type { ChipEntry } from "@/lib/content";
import { chipTableHtml } from "./chip-table-html";
import { StaticHtml } from "./static-html";

/** "Chips at a glance" (see chipTableHtml); `linkTerm` gives where each chip's name links to. */
export function ChipTable({ chips, linkTerm }: { chips: ChipEntry[]; linkTerm: (id: string) => string }) {
  // A copy of glossary facts: search finds them on the terms' own pages.
  return <StaticHtml className="chips" html={chipTableHtml(chips, linkTerm)} data-pagefind-ignore="" />;
}
