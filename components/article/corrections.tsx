import { formatDate } from "@/lib/format";
import { CORRECTIONS_ID } from "@/lib/paths";
import type { Article } from "@/lib/schema";

/** The corrections at the end of an article, oldest first, on screen and on paper; nothing when there are none. */
export function Corrections({ corrections }: { corrections: Article["corrections"] }) {
  if (!corrections?.length) return null;
  const sorted = [...corrections].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <aside className="corrections" aria-labelledby={CORRECTIONS_ID}>
      <h2 id={CORRECTIONS_ID}>{sorted.length === 1 ? "Correction" : "Corrections"}</h2>
      <ul>
        {sorted.map((correction) => (
          <li key={`${correction.date} ${correction.note}`}>
            <time dateTime={correction.date}>{formatDate(correction.date)}</time>: {correction.note}
          </li>
        ))}
      </ul>
    </aside>
  );
}
