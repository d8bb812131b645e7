import type { Chip, GlossaryEntry } from "@/lib/schema";

type ChipEntry = GlossaryEntry & { chip: Chip };

const COLUMNS = [
  ["maker", "Made by"],
  ["kind", "Kind of chip"],
  ["architecture", "Architecture"],
  ["use", "Used for"],
  ["sold", "How it is sold"],
] as const;

/**
 * "Chips at a glance": a real table (caption, column and row headers). On narrow screens each row
 * is shown as a card; the explicit roles keep it a table for screen readers whatever its display.
 */
export function ChipTable({ chips, linkTerms }: { chips: ChipEntry[]; linkTerms: (id: string) => string }) {
  return (
    <div className="chips">
      <table role="table">
        <caption>
          <span className="chips-title">Chips at a glance</span>
          <span className="chips-note">
            The two kinds of chip, then the three chips the article compares. From the glossary.
          </span>
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">
              Chip
            </th>
            {COLUMNS.map(([key, label]) => (
              <th role="columnheader" scope="col" key={key}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {chips.map((entry) => (
            <tr role="row" key={entry.id}>
              <th role="rowheader" scope="row">
                <a href={linkTerms(entry.id)}>{entry.term}</a>
              </th>
              {COLUMNS.map(([key, label]) => (
                <td role="cell" data-label={label} key={key}>
                  {entry.chip[key]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
