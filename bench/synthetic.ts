import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { ROOT } from "./support";

/**
 * How a newsroom's dates spread: `dense`, about 27 articles a day for a year (a busy desk);
 * `sparse`, one a day for 27 years (a long-running column).
 */
export type Spread = "dense" | "sparse";

const SEED = path.join(ROOT, "content", "articles", "meta-aws-graviton-deal.md");
const GLOSSARY = path.join(ROOT, "content", "glossary");
const LAST_DAY = Date.UTC(2026, 10, 27);
const DAY = 86_400_000;

/** A small deterministic random number generator (mulberry32), so every run writes the same site. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences a story about a term might hold; `{}` is the term as the text writes it. */
const TERM_SENTENCES = [
  "Analysts expect {} to matter more to buyers next year than it did this one.",
  "The company said its plans for {} were on schedule, without giving dates.",
  "Few readers outside the industry had heard of {} a year ago.",
  "Engineers who work with {} every day describe steady, unglamorous progress.",
  "Rivals are watching how customers respond to {} before they commit.",
  "Prices for {} have moved less than the headlines suggest.",
];
const FILLER = [
  "The announcement came late in the afternoon, after markets had closed.",
  "Neither company would say how much money changed hands.",
  "Industry watchers called the move overdue, and a few called it risky.",
  "The details will take months to settle, according to people familiar with the talks.",
  "Customers were told to expect no change in the short term.",
  "A spokesperson declined to comment on future products.",
];

/** Each term's phrases as articles would write them. */
function termPhrases(): string[][] {
  return readdirSync(GLOSSARY)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => {
      const { data } = matter(readFileSync(path.join(GLOSSARY, name), "utf8"));
      return [data.term as string, ...((data.aliases as string[] | undefined) ?? [])];
    });
}

/** The `n`-th article's date (0 is the newest) under `spread`. */
function dateOf(n: number, spread: Spread): string {
  const daysBack = spread === "dense" ? Math.floor(n / 27) : n;
  return new Date(LAST_DAY - daysBack * DAY).toISOString().slice(0, 10);
}

/** The file of the `n`-th synthetic article (1 is the newest after the seed). */
export const syntheticFile = (dir: string, n: number) => path.join(dir, "articles", `story-${n}.md`);

/** Changes one sentence of the `n`-th synthetic article, as a correction would. */
export function changeSyntheticArticle(dir: string, n: number, words = "A corrected sentence."): void {
  const file = syntheticFile(dir, n);
  writeFileSync(file, readFileSync(file, "utf8").replace(/\n\n(## Part 1[^\n]*)\n\n[^\n]+/, `\n\n$1\n\n${words}`));
}

/** Adds a new article, dated the newest, as `story-new-<n>.md`, ending with `words`; returns its slug. */
export function addSyntheticArticle(dir: string, n: number, words = ""): string {
  const slug = `story-new-${n}`;
  const source = readFileSync(syntheticFile(dir, 1), "utf8");
  const date = new Date(LAST_DAY + DAY).toISOString().slice(0, 10);
  writeFileSync(
    path.join(dir, "articles", `${slug}.md`),
    source.replace(/^title: .*$/m, `title: "New story ${n}"`).replace(/^date: .*$/m, `date: ${date}`) +
      `
${words}
`,
  );
  return slug;
}

/**
 * Writes `count` articles into `dir`, a content root, with the real glossary: the seed article, and
 * stories whose terms vary from one to the next (a few terms are common, most are rarer: term k is
 * picked with weight 1/(k+1)), in six sections with explicit ids, a link and a list each.
 */
export function writeSyntheticContent(dir: string, count: number, spread: Spread = "dense"): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "articles"), { recursive: true });
  cpSync(GLOSSARY, path.join(dir, "glossary"), { recursive: true });
  copyFileSync(SEED, path.join(dir, "articles", path.basename(SEED)));
  const terms = termPhrases();
  const weights = terms.map((_, k) => 1 / (k + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const next = random(count * 7919 + (spread === "dense" ? 1 : 2));
  const pickTerm = () => {
    let r = next() * total;
    for (let k = 0; k < terms.length; k++) if ((r -= weights[k]) <= 0) return k;
    return terms.length - 1;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];

  for (let n = 1; n < count; n++) {
    const chosen = [...new Set(Array.from({ length: 3 + Math.floor(next() * 5) }, pickTerm))];
    const sentence = () => {
      const phrases = terms[pick(chosen)];
      return next() < 0.6 ? pick(TERM_SENTENCES).replace("{}", pick(phrases)) : pick(FILLER);
    };
    const paragraph = () => Array.from({ length: 3 + Math.floor(next() * 2) }, sentence).join(" ");
    const sections = Array.from(
      { length: 6 },
      (_, s) =>
        `## Part ${s + 1} of story ${n} {#part-${s + 1}}\n\n${paragraph()}\n\n${paragraph()}\n\n` +
        `See [the source](https://example.org/story/${n}/${s}) and:\n\n- a first point\n- a second point\n`,
    );
    const lead = terms[chosen[0]][0];
    writeFileSync(
      path.join(dir, "articles", `story-${n}.md`),
      `---\ntitle: "Story ${n}: what comes next for ${lead.replace(/"/g, "")}"\ndek: "A synthetic story about ${chosen.length} of the glossary's terms."\ndate: ${dateOf(n, spread)}\nauthor:\n  name: "Bench Desk"\n  bio: "Writes synthetic stories."\nsource:\n  name: "Bench"\n---\n\n${sections.join("\n")}`,
    );
  }
}
