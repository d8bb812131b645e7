/**
 * Build: `next build` of a synthetic newsroom (1,000 articles by default). Prints, beside each goal:
 * the largest HTML of any page that is not an article (raw and gzip), the feeds' sizes, total build
 * time and time per page, the peak memory of the whole build (every process it starts), how many
 * processes loaded the content, the time to compute related reading for every article, and whether
 * every article is reachable from the home page in four clicks.
 * With `--articles N` above 1,000 it builds 1,000 first, in the same run, as the baseline its
 * ratios are measured against.
 * Usage: npm run bench:build [-- --articles 10000] [-- --spread dense|sparse]
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { loadContent } from "../lib/content/load";
import { relatedReading } from "../lib/content/related";
import { type Spread, writeSyntheticContent } from "./synthetic";
import { ROOT, WORK } from "./support";

const argument = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const ARTICLES = Number(argument("articles") ?? 1000);
const SPREAD = (argument("spread") ?? "dense") as Spread;
const BASELINE = 1000;
const CLICKS = 4;

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  let total = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const walk = (id: number) => {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${id}/status`, "utf8"));
      if (rss) total += Number(rss[1]) * 1024;
    } catch {
      return;
    }
    for (const child of children.get(id) ?? []) walk(child);
  };
  walk(pid);
  return total;
}

/** Every file under `dir`. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile());
}

/** The built pages, by the path a reader asks for. */
function builtPages(distDir: string): Map<string, string> {
  const app = path.join(ROOT, distDir, "server", "app");
  const pages = new Map<string, string>();
  for (const file of filesUnder(app).filter((name) => name.endsWith(".html"))) {
    const route = file.slice(app.length, -".html".length).replace(/\/index$/, "") || "/";
    pages.set(route === "" ? "/" : route, file);
  }
  return pages;
}

/** How many articles a reader reaches from the home page in `clicks` clicks or fewer (breadth first). */
function reachable(pages: Map<string, string>, clicks: number): number {
  const seen = new Set(["/"]);
  let frontier = ["/"];
  for (let depth = 0; depth < clicks; depth++) {
    const next: string[] = [];
    for (const page of frontier) {
      const file = pages.get(page);
      if (!file) continue;
      for (const [, href] of readFileSync(file, "utf8").matchAll(/<a [^>]*href="(\/[^"#?]*)/g)) {
        if (!seen.has(href)) {
          seen.add(href);
          next.push(href);
        }
      }
    }
    frontier = next;
  }
  return [...seen].filter((page) => page.startsWith("/articles/")).length;
}

interface Figures {
  articles: number;
  seconds: number;
  pages: number;
  peak: number;
  loads: number;
  largest: { page: string; raw: number; gzip: number };
  feeds: { rss: number; atom: number };
  relatedMs: number;
  reached: number;
}

async function buildOnce(count: number): Promise<Figures> {
  const content = path.join(WORK, `build-${count}-${SPREAD}`);
  const log = path.join(WORK, "build-loads.log");
  const distDir = ".bench/next-build";
  writeSyntheticContent(content, count, SPREAD);
  rmSync(log, { force: true });
  rmSync(path.join(ROOT, distDir), { recursive: true, force: true });
  console.log(`Building ${count.toLocaleString("en-GB")} synthetic articles (${SPREAD})…`);
  const started = performance.now();
  let peak = 0;
  const build = spawn(path.join(ROOT, "node_modules", ".bin", "next"), ["build"], {
    cwd: ROOT,
    env: {
      ...process.env,
      CONTENT_DIR: content,
      GLOSS_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: "1",
      // Counts content loads from outside the product's code (see count-loads.mjs).
      GLOSS_LOAD_LOG: log,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${path.join(ROOT, "bench", "count-loads.mjs")}`.trim(),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  build.stdout.on("data", (chunk) => (output += chunk));
  build.stderr.on("data", (chunk) => (output += chunk));
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(build.pid!))), 200);
  const code = await new Promise<number>((resolve) => build.on("close", resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`next build failed:\n${output}`);

  const pages = builtPages(distDir);
  let largest = { page: "", raw: 0, gzip: 0 };
  for (const [page, file] of pages) {
    if (page.startsWith("/articles/")) continue;
    const html = readFileSync(file);
    if (html.length > largest.raw) largest = { page, raw: html.length, gzip: gzipSync(html).length };
  }
  const body = (name: string) => statSync(path.join(ROOT, distDir, "server", "app", `${name}.body`)).size;
  const { articles } = await loadContent(content);
  const relatedStarted = performance.now();
  relatedReading(articles);
  const relatedMs = performance.now() - relatedStarted;
  return {
    articles: count,
    seconds,
    pages: pages.size,
    peak,
    loads: existsSync(log) ? readFileSync(log, "utf8").trim().split("\n").length : 0,
    largest,
    feeds: { rss: body("feed.xml"), atom: body("atom.xml") },
    relatedMs,
    reached: reachable(pages, CLICKS),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const verdict = (met: boolean) => (met ? "met" : "MISSED");

function report(run: Figures, baseline?: Figures) {
  const perPage = (figures: Figures) => (figures.seconds * 1000) / figures.pages;
  console.log(`\nnext build of ${run.articles.toLocaleString("en-GB")} articles (${SPREAD}):`);
  console.log(`  total            ${run.seconds.toFixed(1)} s for ${run.pages.toLocaleString("en-GB")} pages`);
  console.log(
    `  per page         ${perPage(run).toFixed(1)} ms` +
      (baseline
        ? ` (${(perPage(run) / perPage(baseline)).toFixed(2)}× the ${baseline.articles.toLocaleString("en-GB")}-article build; goal ≤ 1.2×: ${verdict(perPage(run) <= 1.2 * perPage(baseline))})`
        : ""),
  );
  console.log(
    `  largest page     ${run.largest.page}: ${kb(run.largest.raw)} raw, ${kb(run.largest.gzip)} gzip (goal ≤ 60 KB gzip: ${verdict(run.largest.gzip <= 60 * 1024)}` +
      (baseline
        ? `; ${(run.largest.gzip / baseline.largest.gzip).toFixed(2)}× the baseline's ${kb(baseline.largest.gzip)}, goal within 10%: ${verdict(run.largest.gzip <= 1.1 * baseline.largest.gzip)})`
        : ")"),
  );
  console.log(
    `  feeds            RSS ${kb(run.feeds.rss)}, Atom ${kb(run.feeds.atom)} (goal ≤ 1 MB each: ${verdict(Math.max(run.feeds.rss, run.feeds.atom) <= 2 ** 20)})`,
  );
  console.log(
    `  peak memory      ${(run.peak / 2 ** 20).toFixed(0)} MB (goal < 2048 MB: ${verdict(run.peak < 2 ** 31)})`,
  );
  console.log(`  content loaded   ${run.loads} time(s), once in each build process that renders pages`);
  console.log(
    `  related reading  ${run.relatedMs.toFixed(0)} ms for every article (goal < 5 s: ${verdict(run.relatedMs < 5000)})`,
  );
  console.log(
    `  reachable        ${run.reached.toLocaleString("en-GB")} of ${run.articles.toLocaleString("en-GB")} articles within ${CLICKS} clicks of the home page (${verdict(run.reached === run.articles)})`,
  );
}

async function main() {
  const baseline = ARTICLES > BASELINE ? await buildOnce(BASELINE) : undefined;
  if (baseline) report(baseline);
  report(await buildOnce(ARTICLES), baseline);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
