import { notFound } from "next/navigation";
import { MonthView } from "@/components/lists/month-view";
import { getArchivePages } from "@/lib/content";
import { monthMetadata, monthOf, type MonthParams } from "./month";

// Only the months and pages that exist at build time: any other address is a 404.
export const dynamicParams = false;

/** Each month at its own address (page 1), and its further pages at /2, /3… */
export async function generateStaticParams() {
  return (await getArchivePages()).map(({ year, month, page }) => ({
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
