import type { GlossaryEntry } from "@/lib/schema";
import { MarkdownHtml } from "./markdown-html";

/** The terms an article uses, in order of first appearance, each linking back to its first mention. */
export function GlossarySidebar({ entries }: { entries: GlossaryEntry[] }) {
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
                <p className="glossary-short">{entry.short}</p>
                <MarkdownHtml className="glossary-explanation" html={entry.html} />
                <a className="glossary-back" href={`#mention-${entry.id}`}>
                  Back to the text<span className="visually-hidden">, where {entry.term} is first mentioned</span>
                </a>
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </aside>
  );
}
