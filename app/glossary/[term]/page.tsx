import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TermView } from "@/components/term-view";
import { getGlossaryIndex, getTerm } from "@/lib/content";
import { termPath } from "@/lib/paths";
import { absoluteUrl, FEED_TYPES } from "@/lib/site";

interface Props {
  params: Promise<{ term: string }>;
}

// Only the terms that exist at build time: any other address is a 404.
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getGlossaryIndex()).map(({ entry }) => ({ term: entry.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getTerm((await params).term);
  if (!found) return {};
  return {
    title: found.entry.term,
    description: found.entry.short,
    alternates: { canonical: absoluteUrl(termPath(found.entry.id)), types: FEED_TYPES },
  };
}

export default async function TermPage({ params }: Props) {
  const found = await getTerm((await params).term);
  if (!found) notFound();
  return <TermView {...found} />;
}
