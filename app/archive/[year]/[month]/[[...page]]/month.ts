import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getMonthPage } from "@/lib/content";
import { formatMonth } from "@/lib/format";
import { archivePath } from "@/lib/paths";
import { absoluteUrl, FEED_TYPES } from "@/lib/site";

export interface MonthParams {
  params: Promise<{ year: string; month: string; page?: string[] }>;
}

/** The month and page an address names ("2026", "04", and nothing or ["2"]), or undefined. */
export async function monthOf({ params }: MonthParams) {
  const { year, month, page = [] } = await params;
  const [number = "1", ...rest] = page;
  if (!/^\d{4}$/.test(year) || !/^\d{2}$/.test(month) || !/^[1-9]\d*$/.test(number) || rest.length > 0) {
    return undefined;
  }
  return getMonthPage(`${year}-${month}`, Number(number));
}

/** Title, description and canonical address of a page of a month. */
export async function monthMetadata(props: MonthParams): Promise<Metadata> {
  const found = await monthOf(props);
  if (!found) notFound();
  const name = formatMonth(found.month.key);
  return {
    title: found.pages > 1 ? `${name}, page ${found.page} of ${found.pages}` : name,
    description: `The articles of ${name}, in the order they were published.`,
    alternates: { canonical: absoluteUrl(archivePath(found.month.key, found.page)), types: FEED_TYPES },
  };
}
