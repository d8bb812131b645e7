"use client";

import { useEffect, useId, useState } from "react";
import { formatDate } from "@/lib/format";
import {
  fromAnnotations,
  highlightLink,
  ImportError,
  IMPORT_LIMIT_BYTES,
  toAnnotations,
  toMarkdown,
} from "@/lib/highlights/exchange";
import { byArticle, merge, type Highlight } from "@/lib/highlights/highlights";
import { readHighlights, subscribeHighlights, writeHighlights } from "@/lib/highlights/store-client";
import { articlePath } from "@/lib/paths";
import { useHydrated } from "../shared/use-browser";

/** Offers `text` as a file to save. */
function download(name: string, type: string, text: string) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

const today = () => new Date().toISOString().slice(0, 10);
const ALL = "";

/**
 * "Your highlights": every highlight and note this browser keeps, by article (the article with the
 * newest highlight first), each linking to its words; filtered by article; removed one by one;
 * exported as Markdown or W3C Web Annotation JSON, and such JSON imported (merged, never replacing).
 */
export function HighlightsPageClient() {
  const ready = useHydrated();
  const [highlights, setHighlights] = useState<Highlight[]>([]);
  const [article, setArticle] = useState(ALL);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const id = useId();

  useEffect(() => {
    const update = () => setHighlights(readHighlights());
    update();
    return subscribeHighlights(update);
  }, []);

  if (!ready) return null;
  const groups = byArticle(highlights);
  const shown = groups.filter((group) => article === ALL || group.slug === article);
  const notes = highlights.filter((h) => h.note).length;
  const origin = window.location.origin;

  const importFile = async (file: File) => {
    try {
      // Refused by its size before it is read.
      const incoming = fromAnnotations(file.size > IMPORT_LIMIT_BYTES ? "" : await file.text(), file.size);
      const { highlights: merged, added, updated } = merge(readHighlights(), incoming);
      if (!writeHighlights(merged))
        throw new ImportError("This browser would not keep them: its storage is full or turned off.");
      const kept = added + updated;
      setStatus({
        text:
          kept === 0
            ? `Nothing new: this browser already keeps all ${incoming.length} of the file's highlights.`
            : `Imported ${added} new highlight${added === 1 ? "" : "s"}${updated ? ` and ${updated} newer version${updated === 1 ? "" : "s"}` : ""}.`,
      });
    } catch (error) {
      const reason = error instanceof ImportError ? error.message : "The file could not be read.";
      setStatus({ text: `Not imported: ${reason} Nothing you keep has changed.`, error: true });
    }
  };

  return (
    <div className="highlights">
      <div className="highlights-tools" role="group" aria-label="Export and import">
        <button
          type="button"
          disabled={highlights.length === 0}
          onClick={() => download(`gloss-highlights-${today()}.md`, "text/markdown", toMarkdown(highlights, origin))}
        >
          Export Markdown
        </button>
        <button
          type="button"
          disabled={highlights.length === 0}
          onClick={() =>
            download(
              `gloss-highlights-${today()}.json`,
              "application/ld+json",
              `${JSON.stringify(toAnnotations(highlights, origin), null, 2)}\n`,
            )
          }
        >
          Export JSON
        </button>
        <label className="highlights-import">
          Import JSON
          <input
            type="file"
            accept=".json,.jsonld,application/json,application/ld+json"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = "";
              if (file) void importFile(file);
            }}
          />
        </label>
      </div>
      <p role="status" className={status?.error ? "highlights-status highlights-error" : "highlights-status"}>
        {status?.text}
      </p>

      {highlights.length === 0 ? (
        <p className="highlights-empty">
          You have no highlights yet. Open an article, select the words you want to keep, and choose Highlight. They
          will be listed here, with your notes.
        </p>
      ) : (
        <>
          <p className="highlights-count">
            {highlights.length} highlight{highlights.length === 1 ? "" : "s"} and {notes} note{notes === 1 ? "" : "s"},
            in {groups.length} article{groups.length === 1 ? "" : "s"}.
          </p>
          {groups.length > 1 && (
            <p className="highlights-filter">
              <label htmlFor={`${id}-article`}>Show</label>{" "}
              <select id={`${id}-article`} value={article} onChange={(event) => setArticle(event.target.value)}>
                <option value={ALL}>All articles</option>
                {groups.map((group) => (
                  <option key={group.slug} value={group.slug}>
                    {group.title}
                  </option>
                ))}
              </select>
            </p>
          )}
          {shown.map((group) => (
            <section key={group.slug} className="highlights-article" aria-labelledby={`${id}-${group.slug}`}>
              <h2 id={`${id}-${group.slug}`}>
                <a href={articlePath(group.slug)}>{group.title}</a>
              </h2>
              {group.published && <p className="highlights-date">Published {formatDate(group.published)}</p>}
              <ol className="highlights-list">
                {group.highlights.map((h) => (
                  <li key={h.id}>
                    {h.changed && (
                      <p className="highlight-changed">Text changed: the article no longer has these words.</p>
                    )}
                    <blockquote>
                      <a href={highlightLink(h)}>{h.exact}</a>
                    </blockquote>
                    {h.note && <p className="highlight-note">{h.note}</p>}
                    <p className="highlight-actions">
                      <span className="highlight-when">
                        Highlighted {formatDate(new Date(h.created).toISOString().slice(0, 10))}
                      </span>
                      <button
                        type="button"
                        aria-label={`Remove: ${h.exact.length > 60 ? `${h.exact.slice(0, 59)}…` : h.exact}`}
                        onClick={() => {
                          if (writeHighlights(readHighlights().filter((kept) => kept.id !== h.id)))
                            setStatus({ text: "Highlight removed." });
                        }}
                      >
                        Remove
                      </button>
                    </p>
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
