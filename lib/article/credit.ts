import { formatDate } from "../format";
import type { Article } from "../schema";

type BasedOn = NonNullable<Article["basedOn"]>;

/**
 * The credit for the reporting an article retells, in the words every place that shows it uses
 * (the page, print, the feeds): "Based on reporting by Julie Bort for TechCrunch", then the
 * report's title and day.
 */
export function basedOnCredit(basedOn: BasedOn) {
  return {
    lead: `Based on reporting by ${basedOn.author} for ${basedOn.publication}`,
    title: basedOn.title,
    date: formatDate(basedOn.date),
  };
}

/** schema.org's `isBasedOn`: the original report as a NewsArticle. */
export function basedOnJsonLd(basedOn: BasedOn) {
  return {
    "@type": "NewsArticle",
    headline: basedOn.title,
    author: { "@type": "Person", name: basedOn.author },
    publisher: { "@type": "Organization", name: basedOn.publication },
    datePublished: basedOn.date,
    ...(basedOn.url && { url: basedOn.url }),
  };
}
