import { readFileSync } from "node:fs";
import path from "node:path";

const seed = readFileSync(path.join(__dirname, "../fixtures/seed/article.txt"), "utf8").trim().split("\n");

/** Paragraphs 1–9 of the seed: the article body. */
export const seedBody = seed.slice(0, 9);
/** Paragraph 10: the author's bio. */
export const seedBio = seed[9];

/** Every sentence of the body, as the source wrote it. */
export const seedSentences = seedBody.flatMap((paragraph) => paragraph.split(/(?<=[.!?])\s+(?=[A-Z])/));

/** Folds typographic quotes, dashes and runs of white space, which the Markdown copy may change. */
export function normalize(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}
