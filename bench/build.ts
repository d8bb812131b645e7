/**
 * Build: a synthetic newsroom (1,000 articles by default) through the content store and the build,
 * then served. Prints, beside each goal: the store's cold sync (ms per article) and its warm sync
 * after one article changed; `npm run build`'s steps on the warm store, its peak memory and how many
 * processes loaded content; the largest page that is not an article, the feeds; the first request
 * of articles the build did not write and the cached ones; autocannon against a cached article; the
 * server's memory after 1,000 different articles; and (for the baseline size) whether every article
 * is within four clicks of home.
 * With `--articles N` above 1,000 it runs 1,000 first, in the same run, as the baseline its ratios
 * are measured against.
 * Usage: npm run bench:build [-- --articles 100000] [-- --spread dense|sparse]
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { addSyntheticArticle, changeSyntheticArticle, type Spread, writeSyntheticContent } from "./synthetic";
import { median, ROOT, treeRss, waitFor, WORK } from "./support";
import { measured, type Measured } from "./measure";

const argument = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const ARTICLES = Number(argument("articles") ?? 1000);
const SPREAD = (argument("spread") ?? "dense") as Spread;
const BASELINE = 1000;
const CLICKS = 4;
const PORT = 4330;
const DIST = ".bench/next-build";
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const NEXT = path.join(ROOT, "node_modules", ".bin", "next");

interface Figures {
  articles: number;
  cold: Measured;
  warm: Measured;
  /** The first build (every search shard indexed), the build after one new article, and after a second. */
  first: Measured;
  next: Measured;
  steps: Record<string, Measured>;
  build: Measured;
  loads: number;
  largest: { page: string; raw: number; gzip: number };
  feeds: { rss: number; atom: number };
  firstRequest: number;
  cached: number;
  load: { rps: number; errors: number; non2xx: number };
  serverRss: number;
  reached?: number;
}

const ms = (seconds: number) => seconds * 1000;

async function timeRequest(url: string): Promise<{ ms: number; body: string; status: number }> {
  const started = performance.now();
  const response = await fetch(url);
  const body = await response.text();
  return { ms: performance.now() - started, body, status: response.status };
}

/** How many articles a reader reaches from the home page in `clicks` clicks or fewer, following links over HTTP. */
/** Articles added to the written ones, one before each of the last two builds. */
const ADDED = 2;

async function reachable(origin: string, clicks: number): Promise<number> {
  const seen = new Set(["/"]);
  let frontier = ["/"];
  for (let depth = 0; depth < clicks; depth++) {
    const next: string[] = [];
    for (const page of frontier) {
      if (page.startsWith("/articles/")) continue;
      const { body } = await timeRequest(`${origin}${page}`);
      for (const [, href] of body.matchAll(/<a [^>]*href="(\/[^"#?]*)/g)) {
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

async function runOnce(count: number): Promise<Figures> {
  const content = path.join(WORK, `build-${count}-${SPREAD}`);
  const log = path.join(WORK, "build-loads.log");
  const started = performance.now();
  writeSyntheticContent(content, count, SPREAD);
  console.log(
    `Wrote ${count.toLocaleString("en-GB")} synthetic articles (${SPREAD}) in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  rmSync(path.join(ROOT, DIST), { recursive: true, force: true });
  const env = {
    CONTENT_DIR: content,
    GLOSS_DIST_DIR: DIST,
    GLOSS_SITE_ROOT: `${DIST}-public-${count}`,
    SITE_URL: `http://localhost:${PORT}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const step = (command: string, args: string[], extra: Record<string, string> = {}) =>
    measured(command, args, { ...env, ...extra });

  console.log("  the content store, cold…");
  const cold = await step(TSX, ["lib/commands/sync-content.ts"]);
  changeSyntheticArticle(content, Math.ceil(count / 2));
  const warm = await step(TSX, ["lib/commands/sync-content.ts"]);

  const buildSteps = async (loads?: string) => {
    const steps: Record<string, Measured> = {
      "sync content": await step(TSX, ["lib/commands/sync-content.ts"]),
      "next build": await step(NEXT, ["build"], {
        // Counts content loads from outside the product's code (see count-loads.mjs).
        ...(loads && {
          GLOSS_LOAD_LOG: loads,
          NODE_OPTIONS:
            `${process.env.NODE_OPTIONS ?? ""} --import ${path.join(ROOT, "bench", "count-loads.mjs")}`.trim(),
        }),
      }),
      "search index": await step(TSX, ["lib/commands/build-search.ts"]),
      "service worker": await step(TSX, ["lib/commands/build-offline.ts"]),
    };
    const total = {
      seconds: Object.values(steps).reduce((sum, one) => sum + one.seconds, 0),
      peak: Math.max(...Object.values(steps).map((one) => one.peak)),
    };
    return { steps, total };
  };
  console.log("  npm run build on the warm store, the first time…");
  rmSync(path.join(ROOT, env.GLOSS_SITE_ROOT), { recursive: true, force: true });
  const first = (await buildSteps()).total;
  console.log("  npm run build after one new article, and after another…");
  addSyntheticArticle(content, 1);
  rmSync(log, { force: true });
  const { steps, total: build } = await buildSteps(log);
  addSyntheticArticle(content, 2);
  const next = (await buildSteps()).total;

  const app = path.join(ROOT, DIST, "server", "app");
  const file = (name: string) => readFileSync(path.join(app, name));
  let largest = { page: "", raw: 0, gzip: 0 };
  for (const page of ["index.html", "glossary.html", "archive.html"]) {
    const html = file(page);
    if (html.length > largest.raw) largest = { page, raw: html.length, gzip: gzipSync(html).length };
  }

  console.log("  next start…");
  const { spawn } = await import("node:child_process");
  const server = spawn(NEXT, ["start", "-p", String(PORT)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: "ignore",
  });
  const origin = `http://localhost:${PORT}`;
  try {
    await waitFor(`${origin}/`);
    // Articles the build did not write: the oldest ones.
    const slug = (n: number) => `story-${count - n}`;
    const firstTimes: number[] = [];
    const again: number[] = [];
    for (let n = 1; n <= 30; n++) {
      const response = await timeRequest(`${origin}/articles/${slug(n)}`);
      if (response.status !== 200) throw new Error(`/articles/${slug(n)} answered ${response.status}`);
      firstTimes.push(response.ms);
    }
    for (let n = 1; n <= 30; n++) again.push((await timeRequest(`${origin}/articles/${slug(n)}`)).ms);
    const result = await autocannon({ url: `${origin}/articles/${slug(1)}`, connections: 50, duration: 20 });
    for (let n = 31; n <= Math.min(1030, count - 1); n++) await timeRequest(`${origin}/articles/${slug(n)}`);
    const serverRss = treeRss(server.pid!);
    const reached = count <= BASELINE ? await reachable(origin, CLICKS) : undefined;
    return {
      articles: count,
      cold,
      warm,
      first,
      next,
      steps,
      build,
      loads: existsSync(log) ? readFileSync(log, "utf8").trim().split("\n").length : 0,
      largest,
      feeds: { rss: file("feed.xml.body").length, atom: file("atom.xml.body").length },
      firstRequest: median(firstTimes),
      cached: median(again),
      load: { rps: result.requests.average, errors: result.errors + result.timeouts, non2xx: result.non2xx },
      serverRss,
      reached,
    };
  } finally {
    server.kill();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const verdict = (met: boolean) => (met ? "met" : "MISSED");

function report(run: Figures, baseline?: Figures) {
  const n = run.articles.toLocaleString("en-GB");
  const coldMs = ms(run.cold.seconds) / run.articles;
  console.log(`\n${n} articles (${SPREAD}):`);
  console.log(
    `  cold store        ${run.cold.seconds.toFixed(1)} s, ${coldMs.toFixed(2)} ms per article (goal ≤ 6: ${verdict(coldMs <= 6)}), peak ${mb(run.cold.peak)}`,
  );
  console.log(
    `  warm store        ${run.warm.seconds.toFixed(2)} s after one article changed (goal ≤ 2 s: ${verdict(run.warm.seconds <= 2)})`,
  );
  console.log(
    `  first build       ${run.first.seconds.toFixed(1)} s, every search shard indexed, peak ${mb(run.first.peak)}`,
  );
  console.log(`  build after one new article:`);
  for (const [name, one] of Object.entries(run.steps)) {
    console.log(`    ${name.padEnd(16)}${one.seconds.toFixed(1)} s, peak ${mb(one.peak)}`);
  }
  const builds = [
    ["npm run build", run.build, baseline?.build],
    ["  and again", run.next, baseline?.next],
  ] as const;
  for (const [label, one, base] of builds) {
    const ratio = base ? one.seconds / base.seconds : undefined;
    console.log(
      `  ${label.padEnd(16)}${one.seconds.toFixed(1)} s after a new article (goal ≤ 300 s: ${verdict(one.seconds <= 300)}` +
        (ratio
          ? `; ${ratio.toFixed(2)}× the same at ${baseline!.articles.toLocaleString("en-GB")}, goal ≤ 1.5×: ${verdict(ratio <= 1.5)})`
          : ")"),
    );
  }
  console.log(`  peak memory       ${mb(run.build.peak)} (goal < 2048 MB: ${verdict(run.build.peak < 2 ** 31)})`);
  console.log(`  content loaded    in ${run.loads} process(es) of next build, once in each`);
  console.log(
    `  largest page      ${run.largest.page}: ${kb(run.largest.raw)} raw, ${kb(run.largest.gzip)} gzip (goal ≤ 60 KB gzip: ${verdict(run.largest.gzip <= 60 * 1024)})`,
  );
  console.log(
    `  feeds             RSS ${kb(run.feeds.rss)}, Atom ${kb(run.feeds.atom)} (goal ≤ 1 MB each: ${verdict(Math.max(run.feeds.rss, run.feeds.atom) <= 2 ** 20)})`,
  );
  console.log(
    `  first request     p50 ${run.firstRequest.toFixed(0)} ms for an article the build did not write (goal ≤ 150: ${verdict(run.firstRequest <= 150)}); ` +
      `then p50 ${run.cached.toFixed(1)} ms from the cache (goal ≤ 10: ${verdict(run.cached <= 10)})`,
  );
  console.log(
    `  serving           ${run.load.rps.toFixed(0)} req/s for a cached article, 50 connections × 20 s` +
      (baseline ? ` (${(run.load.rps / baseline.load.rps).toFixed(2)}× the baseline's)` : "") +
      `, ${run.load.errors} errors, ${run.load.non2xx} not 2xx (goal 0: ${verdict(run.load.errors + run.load.non2xx === 0)})`,
  );
  console.log(
    `  server memory     ${mb(run.serverRss)} after 1,000 different articles (goal ≤ 1024 MB: ${verdict(run.serverRss <= 2 ** 30)})`,
  );
  if (run.reached !== undefined) {
    console.log(
      // Two more than were written: the new articles the second and third builds added.
      `  reachable         ${run.reached.toLocaleString("en-GB")} of ${(run.articles + ADDED).toLocaleString("en-GB")} articles within ${CLICKS} clicks of home (${verdict(run.reached === run.articles + ADDED)})`,
    );
  }
}

async function main() {
  const baseline = ARTICLES > BASELINE ? await runOnce(BASELINE) : undefined;
  if (baseline) report(baseline);
  report(await runOnce(ARTICLES), baseline);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
