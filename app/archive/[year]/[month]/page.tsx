import { notFound } from "next/navigation";
import { MonthView } from "@/components/month-view";
import { getArchivePages } from "@/lib/content";
import { monthMetadata, monthOf, type MonthParams } from "./month";

// Only the months that exist at build time: any other address is a 404.
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getArchivePages()).filter(({ page }) => page === 1).map(({ year, month }) => ({ year, month }));
}

export const generateMetadata = monthMetadata;

export default async function MonthPage(props: MonthParams) {
  const found = await monthOf(props);
  if (!found) notFound();
  return <MonthView {...found} />;
}
