import { chipTableHtml } from "@/lib/fragments";
import type { Chip, GlossaryEntry } from "@/lib/schema";
import { StaticHtml } from "./static-html";

/** "Chips at a glance" (see chipTableHtml); `linkTerm` gives where each chip's name links to. */
export function ChipTable({ chips, linkTerm }: { chips: (GlossaryEntry & { chip: Chip })[]; linkTerm: (id: string) => string }) {
  return <StaticHtml className="chips" html={chipTableHtml(chips, linkTerm)} />;
}
