/**
 * Search: the static export of a synthetic newsroom (10,000 articles by default, and 1,000 in the
 * same run as the baseline), made by `npm run export`, then searched in Chromium. Prints the
 * index's size on disk and build time, the bytes a reader's first query loads, the time from typing
 * a query to its results on screen: cold (a new browser profile, nothing loaded) and warm (the next
 * queries on the same page); and what forgives a reader's typing: suggestions shown as they type,
 * a misspelt query's corrected results against the same query spelt right, the vocabulary's size
 * against the index's, and the misspellings of tests/fixtures/misspellings.json found as meant.
 * Medians of several runs.
 * Usage: npm run bench:search [-- --articles 10000] [-- --runs 5] [-- --reuse] (--reuse searches the
 * exports a previous run left in .bench/ instead of building them again)
 */
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import { SECURITY_HEADERS } from "../next.config";
import { folderSize } from "../lib/search/pagefind-files";
import { CHROMIUM_ARGS, ensureChromium } from "../lib/dev/chromium";
import { serveStatic } from "../lib/dev/static-server";
import { writeSyntheticContent } from "./synthetic";
import { median, nextBuild, ROOT, run, WORK } from "./support";

const argument = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const ARTICLES = Number(argument("articles") ?? 10_000);
const RUNS = Number(argument("runs") ?? 5);
const REUSE = process.argv.includes("--reuse");
const BASELINE = 1000;
const PORT = 3300;
/** A reader's first query, then the next ones on the same page. */
const FIRST = "graviton";
const NEXT = ["nvidia vera", "data centre", "inference", "trainium", "price performance"];
const GOALS = {
  warmMs: 300,
  coldMs: 1000,
  suggestMs: 50,
  correctedRatio: 1.5,
  vocabularyShare: 0.1,
  foundAsMeant: 0.9,
};
/** Misspelt queries and the same spelt right, each timed on a page of its own. */
const PAIRS = [
  ["grviton", "graviton"],
  ["traninum", "trainium"],
  ["nvdia", "nvidia"],
  ["anthropc", "anthropic"],
  ["infrence", "inference"],
];
/** What a reader types into the header's field: beginnings of names, some misspelt. */
const TYPED = ["gr", "trai", "nvid", "infe", "grvit", "anthr", "clou", "acc", "proc", "vera"];
const MISSPELLINGS = JSON.parse(readFileSync(path.join(ROOT, "tests", "fixtures", "misspellings.json"), "utf8")) as {
  misspelt: [string, string][];
  correct: string[];
};

interface Figures {
  articles: number;
  indexBytes: number;
  indexFiles: number;
  indexSeconds: number;
  vocabularyBytes: number;
  firstQueryBytes: number;
  vocabularyLoads: number;
  coldMs: number;
  warmMs: number;
  suggestMs: number;
  correctMs: number;
  correctedMs: number;
  foundAsMeant: number;
  missed: string[];
  rewritten: string[];
}

/**
 * Types `query` into the search page's field as a reader does, and times it to results on screen
 * (for `shownFor`, the query the page searches: the corrected one for a misspelling).
 */
function timeQuery(page: Page, query: string, shownFor = query): Promise<number> {
  return page.evaluate(
    ([query, shownFor]) =>
      new Promise<number>((resolve, reject) => {
        const field = document.getElementById("search-query") as HTMLInputElement;
        const results = document.querySelector(".search-results")!;
        const start = performance.now();
        const timer = setTimeout(() => {
          const status = results.querySelector(".search-status")?.textContent;
          reject(new Error(`"${query}" showed no results for "${shownFor}" in 20 s: ${status}`));
        }, 20_000);
        const observer = new MutationObserver(() => {
          const status = results.querySelector(".search-status")?.textContent ?? "";
          if (!status.includes(`for “${shownFor}”`) || !results.querySelector(".search-articles li")) return;
          observer.disconnect();
          clearTimeout(timer);
          // The frame that shows them.
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(results, { subtree: true, childList: true, characterData: true });
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(field, query);
        field.dispatchEvent(new Event("input", { bubbles: true }));
      }),
    [query, shownFor],
  );
}

/** Types `typed` into the header's field and times it to the suggestions on screen. */
function timeSuggestions(page: Page, typed: string): Promise<number> {
  return page.evaluate(
    (typed) =>
      new Promise<number>((resolve, reject) => {
        const field = document.getElementById("site-search-query") as HTMLInputElement;
        const list = document.getElementById("site-search-query-suggestions")!;
        const start = performance.now();
        const timer = setTimeout(() => reject(new Error(`no suggestions for "${typed}"`)), 5000);
        const observer = new MutationObserver(() => {
          if (list.hidden || !list.querySelector("[role=option]")) return;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(list, { subtree: true, childList: true, attributes: true });
        // A new word each time: from empty, so that the list is hidden and shown again.
        field.value = "";
        field.dispatchEvent(new Event("input", { bubbles: true }));
        field.value = typed;
        field.dispatchEvent(new Event("input", { bubbles: true }));
      }),
    typed,
  );
}

/** Suggestions, warm: the header's field used once, then each of TYPED timed. */
async function measureSuggestions(browser: Browser, origin: string): Promise<number> {
  const times: number[] = [];
  for (let runIndex = 0; runIndex < RUNS; runIndex++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/glossary`);
    await page.locator("#site-search-query").focus();
    await page.locator("#site-search-query-suggestions").waitFor({ state: "attached" });
    await timeSuggestions(page, "gpu");
    for (const typed of TYPED) times.push(await timeSuggestions(page, typed));
    await context.close();
  }
  return median(times);
}

/**
 * A misspelt query against the same spelt right, each on a fresh page warmed the same way (Pagefind
 * loaded, one unrelated query searched and one corrected, so the vocabulary is loaded): the
 * time to corrected results, and to the right query's results.
 */
async function measureCorrection(browser: Browser, origin: string) {
  const misspelt: number[] = [];
  const right: number[] = [];
  const warmed = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/search`);
    await page.locator(".search-results").waitFor({ state: "attached" });
    await timeQuery(page, "data centre");
    await timeQuery(page, "anouncement", "announcement");
    return { page, close: () => context.close() };
  };
  for (let runIndex = 0; runIndex < RUNS; runIndex++) {
    for (const [typo, meant] of PAIRS) {
      const first = await warmed();
      misspelt.push(await timeQuery(first.page, typo, meant));
      await first.close();
      const second = await warmed();
      right.push(await timeQuery(second.page, meant));
      await second.close();
    }
  }
  return { correctedMs: median(misspelt), correctMs: median(right) };
}

/**
 * The fixture's misspellings typed into the search page: found as meant when the page searched the
 * word meant instead, or (when the index found something for the words as typed) when the first
 * term it lists is named by the word meant. And the words spelt right: none may be rewritten.
 */
async function measureMisspellings(browser: Browser, origin: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/search`);
  const field = page.locator("#search-query");
  const status = page.locator(".search-status");
  const missed: string[] = [];
  for (const [typo, meant] of MISSPELLINGS.misspelt) {
    await field.fill(typo);
    // Its answer: results for the words as typed, or for the words corrected ("Search instead for" them).
    await page.waitForFunction(
      (typo) =>
        (document.querySelector(".search-status")?.textContent ?? "").includes(`“${typo}”`) ||
        document.querySelector(".search-corrected em")?.textContent === typo,
      typo,
    );
    const text = (await status.textContent()) ?? "";
    const firstTerm = (
      (await page
        .locator(".search-terms a")
        .first()
        .textContent({ timeout: 100 })
        .catch(() => "")) ?? ""
    )
      .toLowerCase()
      .split(/\s+/);
    if (!text.includes(`for “${meant}”`) && !firstTerm.includes(meant)) missed.push(`${typo} (${text})`);
  }
  const rewritten: string[] = [];
  for (const word of [...MISSPELLINGS.correct, ...MISSPELLINGS.misspelt.map(([, meant]) => meant)]) {
    await field.fill(word);
    await status.filter({ hasText: `“${word}”` }).waitFor();
    if (await page.locator(".search-corrected").count()) rewritten.push(word);
  }
  await context.close();
  return { foundAsMeant: 1 - missed.length / MISSPELLINGS.misspelt.length, missed, rewritten };
}

async function measure(browser: Browser, origin: string) {
  const cold: number[] = [];
  const warm: number[] = [];
  const bytes: number[] = [];
  // Queries spelt right never need the vocabulary.
  let vocabularyLoads = 0;
  for (let runIndex = 0; runIndex < RUNS; runIndex++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Everything Pagefind loads, from the page's opening (it starts loading then) to the first results.
    let loaded = 0;
    const sizes: Promise<void>[] = [];
    page.on("requestfinished", (request) => {
      if (!new URL(request.url()).pathname.startsWith("/pagefind/")) return;
      if (request.url().includes("vocabulary")) vocabularyLoads += 1;
      sizes.push(request.sizes().then((size) => void (loaded += size.responseBodySize + size.responseHeadersSize)));
    });
    await page.goto(`${origin}/search`);
    await page.locator(".search-results").waitFor({ state: "attached" });
    cold.push(await timeQuery(page, FIRST));
    await Promise.all(sizes);
    bytes.push(loaded);
    for (const query of NEXT) warm.push(await timeQuery(page, query));
    await context.close();
  }
  return { coldMs: median(cold), warmMs: median(warm), firstQueryBytes: median(bytes), vocabularyLoads };
}

async function benchOnce(browser: Browser, count: number): Promise<Figures> {
  const content = path.join(WORK, `search-content-${count}`);
  // Next.js takes its build folder relative to the project.
  const out = path.relative(ROOT, path.join(WORK, `search-out-${count}`));
  const env = {
    GLOSS_EXPORT: "1",
    GLOSS_DIST_DIR: out,
    GLOSS_STORE_DIR: path.join(WORK, `search-store-${count}`),
    CONTENT_DIR: content,
    SITE_URL: `http://localhost:${PORT}`,
  };
  const tsx = path.join(ROOT, "node_modules", ".bin", "tsx");
  const command = (name: string) => run(tsx, [path.join(ROOT, "lib", "commands", `${name}.ts`)], { env });
  let indexSeconds = NaN;
  if (!(REUSE && existsSync(path.join(ROOT, out, "pagefind")))) {
    writeSyntheticContent(content, count);
    rmSync(env.GLOSS_STORE_DIR, { recursive: true, force: true });
    console.log(`Exporting ${count.toLocaleString("en-GB")} articles…`);
    // As `npm run export` does, less the service worker and the compressed copies.
    await command("sync-content");
    await nextBuild(ROOT, env);
    const started = performance.now();
    await command("build-search");
    indexSeconds = (performance.now() - started) / 1000;
  }
  const index = path.join(ROOT, out, "pagefind");
  const { bytes: indexBytes, files: indexFiles } = folderSize(index);
  const server: Server = await serveStatic(path.join(ROOT, out), PORT, SECURITY_HEADERS);
  const origin = `http://localhost:${PORT}`;
  try {
    return {
      articles: count,
      indexBytes,
      indexFiles,
      indexSeconds,
      vocabularyBytes: statSync(path.join(index, "vocabulary.txt")).size,
      ...(await measure(browser, origin)),
      suggestMs: await measureSuggestions(browser, origin),
      ...(await measureCorrection(browser, origin)),
      ...(await measureMisspellings(browser, origin)),
    };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toLocaleString("en-GB", { maximumFractionDigits: 0 })} KB`;
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

async function main() {
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  try {
    const sizes = ARTICLES > BASELINE ? [BASELINE, ARTICLES] : [ARTICLES];
    const figures: Figures[] = [];
    for (const count of sizes) figures.push(await benchOnce(browser, count));
    const base = figures[0];
    const last = figures[figures.length - 1];
    const ratio = (key: keyof Figures) =>
      figures.length > 1 ? ` (${((last[key] as number) / (base[key] as number)).toFixed(2)}×)` : "";
    console.log(`\nSearch, medians of ${RUNS} runs; ratios against ${BASELINE.toLocaleString("en-GB")} articles:\n`);
    for (const f of figures) {
      const isLast = f === last;
      const r = (key: keyof Figures) => (isLast ? ratio(key) : "");
      const ms = (value: number) => `${value.toFixed(0)} ms`;
      const vocabularyShare = f.vocabularyBytes / f.indexBytes;
      const correctedRatio = f.correctedMs / f.correctMs;
      console.log(`${f.articles.toLocaleString("en-GB")} articles:`);
      console.log(`  index on disk              ${kb(f.indexBytes)} in ${f.indexFiles} files${r("indexBytes")}`);
      if (!Number.isNaN(f.indexSeconds))
        console.log(`  index build                ${f.indexSeconds.toFixed(1)} s${r("indexSeconds")}`);
      console.log(`  first query loads          ${kb(f.firstQueryBytes)}${r("firstQueryBytes")}`);
      console.log(`  typing to results, cold    ${ms(f.coldMs)}${r("coldMs")} (goal < ${GOALS.coldMs} ms)`);
      console.log(`  typing to results, warm    ${ms(f.warmMs)}${r("warmMs")} (goal < ${GOALS.warmMs} ms)`);
      console.log(
        `  typing to suggestions      ${ms(f.suggestMs)}${r("suggestMs")} (goal ≤ ${GOALS.suggestMs} ms, warm)`,
      );
      console.log(
        `  misspelt to corrected      ${ms(f.correctedMs)} against ${ms(f.correctMs)} spelt right: ` +
          `${correctedRatio.toFixed(2)}× (goal ≤ ${GOALS.correctedRatio}×)`,
      );
      console.log(
        `  vocabulary                 ${kb(f.vocabularyBytes)}, ${percent(vocabularyShare)} of the index ` +
          `(goal ≤ ${percent(GOALS.vocabularyShare)}); loaded by ${f.vocabularyLoads} of the queries spelt right (goal 0)`,
      );
      console.log(
        `  misspellings found as meant ${percent(f.foundAsMeant)} of ${MISSPELLINGS.misspelt.length} ` +
          `(goal ≥ ${percent(GOALS.foundAsMeant)})${f.missed.length ? `; missed: ${f.missed.join(", ")}` : ""}`,
      );
      console.log(
        `  right words rewritten      ${f.rewritten.length}${f.rewritten.length ? ` (${f.rewritten.join(", ")})` : ""} (goal 0)`,
      );
    }
    const missed = [
      last.coldMs >= GOALS.coldMs && `cold ${last.coldMs.toFixed(0)} ms`,
      last.warmMs >= GOALS.warmMs && `warm ${last.warmMs.toFixed(0)} ms`,
      last.suggestMs > GOALS.suggestMs && `suggestions ${last.suggestMs.toFixed(0)} ms`,
      last.correctedMs / last.correctMs > GOALS.correctedRatio &&
        `corrected ${(last.correctedMs / last.correctMs).toFixed(2)}×`,
      last.vocabularyBytes / last.indexBytes > GOALS.vocabularyShare && "vocabulary size",
      last.vocabularyLoads > 0 && "vocabulary loaded for queries spelt right",
      last.foundAsMeant < GOALS.foundAsMeant && `misspellings ${percent(last.foundAsMeant)}`,
      last.rewritten.length > 0 && `${last.rewritten.length} right words rewritten`,
    ].filter(Boolean);
    console.log(missed.length ? `\nGoals missed: ${missed.join(", ")}` : "\nAll goals met.");
    process.exitCode = missed.length ? 1 : 0;
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
