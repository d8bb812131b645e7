import Link from "next/link";
import type { GlossaryEntry, Section } from "@/lib/schema";
import { definitionId } from "@/lib/glossary-links";
import { GlossaryReadingClient } from "./glossary-reading-client";
import { MarkdownHtml } from "./markdown-html";

interface Props {
  entries: GlossaryEntry[];
  sections: Section[];
  /** For each term, the sections that mention it ("" for the text before the first section). */
  mentions: Record<string, string[]>;
}

/**
 * The terms an article uses, in order of first appearance: each with its definition (which also
 * describes the term's links in the text), its explanation, and links back to where it is mentioned.
 */
export function GlossarySidebar({ entries, sections, mentions }: Props) {
  const titles = new Map(sections.map((section) => [section.id, section.title]));
  return (
    <aside className="glossary" id="glossary" aria-labelledby="glossary-heading">
      <div className="glossary-inner">
        <h2 id="glossary-heading">Glossary</h2>
        <p className="glossary-intro">
          <span className="screen-only">The terms this article uses, in the order they appear.</span>
          <span className="print-only">The terms marked * in the text, in the order they appear.</span>
        </p>
        <dl className="glossary-list">
          {entries.map((entry) => (
            <div className="glossary-entry" id={`glossary-${entry.id}`} key={entry.id}>
              <dt className="glossary-term">{entry.term}</dt>
              <dd>
                <p className="glossary-short" id={definitionId(entry.id)}>
                  {entry.short}
                </p>
                <MarkdownHtml className="glossary-explanation" html={entry.summaryHtml} />
                {entry.summaryHtml !== entry.html && (
                  <p className="glossary-more">
                    <Link href={`/glossary#${entry.id}`} prefetch={false}>
                      More about {entry.term}
                    </Link>
                  </p>
                )}
                <p className="glossary-mentions">
                  Mentioned in:{" "}
                  {(mentions[entry.id] ?? []).map((section, index) => (
                    <span key={section || "opening"}>
                      {index > 0 && ", "}
                      <a href={section ? `#${section}` : `#mention-${entry.id}`}>{titles.get(section) ?? "the opening"}</a>
                    </span>
                  ))}
                </p>
                <a className="glossary-back" href={`#mention-${entry.id}`}>
                  Back to the text<span className="visually-hidden">, where {entry.term} is first mentioned</span>
                </a>
              </dd>
            </div>
          ))}
        </dl>
        <p className="glossary-all">
          <Link href="/glossary" prefetch={false}>
            Every term in the glossary
          </Link>
        </p>
      </div>
      <GlossaryReadingClient sections={sections.filter((s) => s.depth === 2).map((s) => s.id)} mentions={mentions} />
    </aside>
  );
}
