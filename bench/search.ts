/**
 * Search: the static export of a synthetic newsroom (10,000 articles by default, and 1,000 in the
 * same run as the baseline), indexed as `npm run export` indexes it, then searched in Chromium.
 * Prints the index's size on disk and build time, the bytes a reader's first query loads, and the
 * time from typing a query to its results on screen: cold (a new browser profile, nothing loaded)
 * and warm (the next queries on the same page). Medians of several runs.
 * Usage: npm run bench:search [-- --articles 10000] [-- --runs 5] [-- --reuse] (--reuse searches the
 * exports a previous run left in .bench/ instead of building them again)
 */
import { existsSync } from "node:fs";
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
const GOALS = { warmMs: 300, coldMs: 1000 };

interface Figures {
  articles: number;
  indexBytes: number;
  indexFiles: number;
  indexSeconds: number;
  firstQueryBytes: number;
  coldMs: number;
  warmMs: number;
}

/** Types `query` into the search page's field as a reader does, and times it to results on screen. */
function timeQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(
    (query) =>
      new Promise<number>((resolve) => {
        const field = document.getElementById("search-query") as HTMLInputElement;
        const results = document.querySelector(".search-results")!;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          const status = results.querySelector(".search-status")?.textContent ?? "";
          if (!status.includes(`for “${query}”`) || !results.querySelector(".search-articles li")) return;
          observer.disconnect();
          // The frame that shows them.
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(results, { subtree: true, childList: true, characterData: true });
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(field, query);
        field.dispatchEvent(new Event("input", { bubbles: true }));
      }),
    query,
  );
}

async function measure(browser: Browser, origin: string) {
  const cold: number[] = [];
  const warm: number[] = [];
  const bytes: number[] = [];
  for (let runIndex = 0; runIndex < RUNS; runIndex++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Everything Pagefind loads, from the page's opening (it starts loading then) to the first results.
    let loaded = 0;
    const sizes: Promise<void>[] = [];
    page.on("requestfinished", (request) => {
      if (!new URL(request.url()).pathname.startsWith("/pagefind/")) return;
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
  return { coldMs: median(cold), warmMs: median(warm), firstQueryBytes: median(bytes) };
}

async function benchOnce(browser: Browser, count: number): Promise<Figures> {
  const content = path.join(WORK, `search-content-${count}`);
  // Next.js takes its build folder relative to the project.
  const out = path.relative(ROOT, path.join(WORK, `search-out-${count}`));
  const env = { GLOSS_EXPORT: "1", GLOSS_DIST_DIR: out, CONTENT_DIR: content, SITE_URL: `http://localhost:${PORT}` };
  let indexSeconds = NaN;
  if (!(REUSE && existsSync(path.join(ROOT, out, "pagefind")))) {
    writeSyntheticContent(content, count);
    console.log(`Exporting ${count.toLocaleString("en-GB")} articles…`);
    await nextBuild(ROOT, env);
    const started = performance.now();
    await run(path.join(ROOT, "node_modules", ".bin", "tsx"), [path.join(ROOT, "lib", "search", "build.ts")], { env });
    indexSeconds = (performance.now() - started) / 1000;
  }
  const { bytes: indexBytes, files: indexFiles } = folderSize(path.join(ROOT, out, "pagefind"));
  const server: Server = await serveStatic(path.join(ROOT, out), PORT, SECURITY_HEADERS);
  try {
    return {
      articles: count,
      indexBytes,
      indexFiles,
      indexSeconds,
      ...(await measure(browser, `http://localhost:${PORT}`)),
    };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toLocaleString("en-GB", { maximumFractionDigits: 0 })} KB`;

async function main() {
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  try {
    const sizes = ARTICLES > BASELINE ? [BASELINE, ARTICLES] : [ARTICLES];
    const figures: Figures[] = [];
    for (const count of sizes) figures.push(await benchOnce(browser, count));
    const base = figures[0];
    const last = figures[figures.length - 1];
    const ratio = (key: keyof Figures) => (figures.length > 1 ? ` (${(last[key] / base[key]).toFixed(2)}×)` : "");
    console.log(`\nSearch, medians of ${RUNS} runs; ratios against ${BASELINE.toLocaleString("en-GB")} articles:\n`);
    for (const f of figures) {
      const last = f === figures[figures.length - 1];
      console.log(`${f.articles.toLocaleString("en-GB")} articles:`);
      console.log(
        `  index on disk           ${kb(f.indexBytes)} in ${f.indexFiles} files${last ? ratio("indexBytes") : ""}`,
      );
      if (!Number.isNaN(f.indexSeconds)) {
        console.log(`  index build             ${f.indexSeconds.toFixed(1)} s${last ? ratio("indexSeconds") : ""}`);
      }
      console.log(`  first query loads       ${kb(f.firstQueryBytes)}${last ? ratio("firstQueryBytes") : ""}`);
      console.log(
        `  typing to results, cold ${f.coldMs.toFixed(0)} ms${last ? ratio("coldMs") : ""} (goal < ${GOALS.coldMs} ms)`,
      );
      console.log(
        `  typing to results, warm ${f.warmMs.toFixed(0)} ms${last ? ratio("warmMs") : ""} (goal < ${GOALS.warmMs} ms)`,
      );
    }
    const missed = [
      last.coldMs >= GOALS.coldMs && `cold ${last.coldMs.toFixed(0)} ms`,
      last.warmMs >= GOALS.warmMs && `warm ${last.warmMs.toFixed(0)} ms`,
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
