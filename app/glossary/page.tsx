import type { Metadata } from "next";
import { ChipTable } from "@/components/glossary/chip-table";
import { glossaryIndexHtml, glossaryLetters } from "@/components/glossary/glossary-index-html";
import { StaticHtml } from "@/components/shared/static-html";
import { getChips, getGlossaryIndex } from "@/lib/content";
import { GLOSSARY_PATH, letterId, termPath } from "@/lib/paths";
import { absoluteUrl, FEED_TYPES } from "@/lib/site";

export const metadata: Metadata = {
  title: "Glossary",
  description: "Every term Gloss explains, from AI accelerator to x86, in plain language.",
  alternates: { canonical: absoluteUrl(GLOSSARY_PATH), types: FEED_TYPES },
};

/**
 * Every entry and the chips table are written into the HTML once, not again into the page data (see
 * `StaticHtml`'s `once`): links to this page are plain links that load it as a document.
 */
export default async function GlossaryPage() {
  const [index, chips] = await Promise.all([getGlossaryIndex(), getChips()]);
  const letters = glossaryLetters(index);
  return (
    <div className="page glossary-page">
      <h1 className="page-title">Glossary</h1>
      <p className="page-intro">
        Every term the articles explain, A to Z: the map of the site&rsquo;s topics. Each term has a page of its own,
        with the articles that use it.
      </p>
      <nav className="letters" aria-label="Terms by letter">
        <ul>
          {letters.map((letter) => (
            <li key={letter}>
              <a href={`#${letterId(letter)}`}>{letter}</a>
            </li>
          ))}
        </ul>
      </nav>
      {chips.length > 0 && <ChipTable chips={chips} linkTerm={termPath} once />}
      <StaticHtml html={glossaryIndexHtml(index)} once />
    </div>
  );
}
