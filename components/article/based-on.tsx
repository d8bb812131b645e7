import { basedOnCredit } from "@/lib/article/credit";
import type { Article } from "@/lib/schema";

/**
 * Under the byline: whose reporting the article retells, with the report's title (linked when it
 * has an address) and day: a plain date, so the header's one <time> stays the article's own. On
 * screen and on paper; nothing when the article is its own reporting.
 */
export function BasedOn({ basedOn }: { basedOn: Article["basedOn"] }) {
  if (!basedOn) return null;
  const { lead, title, date } = basedOnCredit(basedOn);
  return (
    <p className="based-on">
      {lead}: <cite>{basedOn.url ? <a href={basedOn.url}>{title}</a> : title}</cite>, {date}.
    </p>
  );
}
