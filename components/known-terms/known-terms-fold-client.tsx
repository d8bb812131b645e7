"use client";

import { sidebarEntryId, termPath } from "@/lib/paths";
import { setKnown, useKnownTerms } from "./use-known-terms";
import { CLASS } from "@/lib/hooks";

interface Props {
  /** The article's terms, in the sidebar's order. */
  terms: { id: string; term: string }[];
}

/**
 * "Terms you know (n)" at the end of an article's glossary: the entries the reader marked known,
 * folded away, each with a way to have it explained again. On screen only (paper always has every
 * entry). The head script shows it and counts it before the first paint; see lib/reader/known-terms.
 */
export function KnownTermsFoldClient({ terms }: Props) {
  const known = useKnownTerms();
  const mine = terms.filter(({ id }) => known.has(id));
  return (
    <details className={CLASS.knownTerms}>
      <summary>
        Terms you know <span className="known-terms-count">{mine.length > 0 ? `(${mine.length})` : ""}</span>
      </summary>
      <ul>
        {mine.map(({ id, term }) => (
          <li key={id}>
            <a href={termPath(id)}>{term}</a>{" "}
            <button
              type="button"
              className="text-button"
              aria-label={`Explain again: ${term}`}
              onClick={() => {
                setKnown(id, false);
                // The entry is back in the list above, and its toggle takes the focus.
                requestAnimationFrame(() =>
                  document
                    .getElementById(sidebarEntryId(id))
                    ?.querySelector<HTMLElement>(`.${CLASS.knowToggle}`)
                    ?.focus(),
                );
              }}
            >
              Explain again
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
