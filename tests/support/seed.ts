import { readFileSync } from "node:fs";
import path from "node:path";

const seed = readFileSync(path.join(__dirname, "../fixtures/seed/article.txt"), "utf8").trim().split("\n");

/** Paragraphs 1–9 of the seed: the article body. */
export const seedBody = seed.slice(0, 9);
/** Paragraph 10: the author's bio. */
export const seedBio = seed[9];

/** Every sentence of the body, as the source wrote it. */
export const seedSentences = seedBody.flatMap((paragraph) => paragraph.split(/(?<=[.!?])\s+(?=[A-Z])/));
