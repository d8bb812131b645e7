import { getArchivePages } from "@/lib/content";
import { monthMetadata } from "../month";

export { default } from "../page";

// Only the pages that exist at build time: any other address is a 404.
export const dynamicParams = false;

/** The pages of each month after the first (the first is the month's own address). */
export async function generateStaticParams() {
  return (await getArchivePages())
    .filter(({ page }) => page > 1)
    .map(({ year, month, page }) => ({ year, month, page: String(page) }));
}

export const generateMetadata = monthMetadata;
