import { notFound } from "next/navigation";
import { MonthView } from "@/components/lists/month-view";
import { getPrerenderedArchivePages } from "@/lib/content";
import { monthMetadata, monthOf, type MonthParams } from "./month";

// The newest months are written at build time; any other page is rendered on its first request and
// kept (an address the store does not hold is a 404).

/** The newest months at their own address (page 1), and their further pages at /2, /3… */
export async function generateStaticParams() {
  return (await getPrerenderedArchivePages()).map(({ year, month, page }) => ({
    year,
    month,
    page: page === 1 ? [] : [String(page)],
  }));
}

export const generateMetadata = monthMetadata;

export default async function MonthPage(props: MonthParams) {
  const found = await monthOf(props);
  if (!found) notFound();
  return <MonthView {...found} />;
}
