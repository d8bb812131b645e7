/**
 * The page numbers a pager shows: every page when `all`, else the first, the last, and two either
 * side of the current one.
 */
export function pagesToShow(page: number, pages: number, all = false): (number | "gap")[] {
  const shown: (number | "gap")[] = [];
  for (let n = 1; n <= pages; n++) {
    if (all || n === 1 || n === pages || Math.abs(n - page) <= 2) shown.push(n);
    else if (shown.at(-1) !== "gap") shown.push("gap");
  }
  return shown;
}

interface Props {
  page: number;
  pages: number;
  href: (page: number) => string;
  /** What the pages are of, for screen readers: "Pages of April 2026". */
  label: string;
  /** Link every page, not a window around this one: for lists whose length is bounded anyway (a month). */
  all?: boolean;
}

/** Links to the other pages of a list: previous, next, and a bounded run of numbers. */
export function Pager({ page, pages, href, label, all = false }: Props) {
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      <ul>
        {page > 1 && (
          <li>
            <a href={href(page - 1)} rel="prev">
              Previous
            </a>
          </li>
        )}
        {pagesToShow(page, pages, all).map((n, index) =>
          n === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              <a href={href(n)} aria-current={n === page ? "page" : undefined}>
                <span className="visually-hidden">Page </span>
                {n}
              </a>
            </li>
          ),
        )}
        {page < pages && (
          <li>
            <a href={href(page + 1)} rel="next">
              Next
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
