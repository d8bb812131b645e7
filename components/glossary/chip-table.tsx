import type { ChipEntry } from "@/lib/schema";
import { chipTableHtml } from "./chip-table-html";
import { StaticHtml } from "../shared/static-html";

interface Props {
  chips: ChipEntry[];
  /** Where each chip's name links to. */
  linkTerm: (id: string) => string;
  /** In the page's HTML only (see StaticHtml). */
  once?: boolean;
}

/** "Chips at a glance" (see chipTableHtml). */
export function ChipTable({ chips, linkTerm, once }: Props) {
  // A copy of glossary facts: search finds them on the terms' own pages.
  return <StaticHtml className="chips" html={chipTableHtml(chips, linkTerm)} once={once} />;
}
