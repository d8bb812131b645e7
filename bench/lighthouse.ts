/**
 * Lighthouse (mobile preset, this machine's Chromium) on the home, article and glossary pages and on
 * a bare Next.js page built in the same run, a few times each; prints the median scores.
 * Goals: accessibility, best practices and SEO 100 on our pages; performance at least 95 and no lower
 * than the bare page's; for the article, performance at least 98 and within 1 of the bare page's, and
 * Total Blocking Time at most 100 ms and within 30 ms of the bare page's. Also prints the simulated
 * timings behind the performance score, and Lighthouse's own observed first paint (which its simulated
 * paints start from).
 * Usage: npm run bench:lighthouse [-- --runs 9]
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { CHROMIUM_ARGS, ensureChromium } from "../lib/dev/chromium";
import { bareNextApp, median, nextBuild, nextStart, ROOT, table } from "./support";

const LIGHTHOUSE = path.join(ROOT, "node_modules", ".bin", "lighthouse");

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; details?: { items: { observedFirstContentfulPaint?: number }[] } }>;
}

/** One Lighthouse run through its own command line (it serialises code into the page, so it runs untransformed). */
async function audit(url: string, chromePath: string): Promise<Report> {
  const { stdout } = await promisify(execFile)(
    LIGHTHOUSE,
    [
      url,
      "--output=json",
      "--output-path=stdout",
      "--quiet",
      `--only-categories=${CATEGORIES.join(",")}`,
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(" ")}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout);
}

const RUNS = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 5;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
/** The timings behind the performance score (milliseconds, as Lighthouse simulates a mid-range phone). */
const TIMINGS = [
  ["first-contentful-paint", "FCP ms"],
  ["largest-contentful-paint", "LCP ms"],
  ["total-blocking-time", "TBT ms"],
] as const;
/** Lighthouse's unthrottled load, which the simulation replays: its first contentful paint (ms). */
const OBSERVED_FCP = "observed FCP ms";
const PORT = 4301;
const BARE_PORT = 4302;

async function main() {
  const chromePath = ensureChromium();
  console.log(`Building the site and a bare Next.js page; ${RUNS} Lighthouse runs a page.`);
  const bare = bareNextApp();
  const env = { SITE_URL: `http://localhost:${PORT}`, GLOSS_DIST_DIR: ".bench/next-site" };
  await Promise.all([nextBuild(ROOT, env), nextBuild(bare)]);
  const servers = await Promise.all([nextStart(ROOT, PORT, env), nextStart(bare, BARE_PORT)]);
  const pages: [string, string][] = [
    ["bare Next.js page", `http://localhost:${BARE_PORT}/`],
    ["home", `http://localhost:${PORT}/`],
    ["article", `http://localhost:${PORT}/articles/meta-aws-graviton-deal`],
    ["glossary", `http://localhost:${PORT}/glossary`],
  ];
  const scores = new Map<string, Record<string, number[]>>();
  try {
    // Round-robin, so that a noisy moment of the machine falls on every page alike.
    for (let run = 0; run < RUNS; run++) {
      for (const [name, url] of pages) {
        const { categories, audits } = await audit(url, chromePath);
        const record =
          scores.get(name) ??
          Object.fromEntries(
            [...CATEGORIES, ...TIMINGS.map(([id]) => id), OBSERVED_FCP].map((key) => [key, [] as number[]]),
          );
        for (const category of CATEGORIES) {
          record[category].push(Math.round((categories[category].score ?? 0) * 100));
        }
        for (const [id] of TIMINGS) record[id].push(Math.round(audits[id].numericValue ?? NaN));
        record[OBSERVED_FCP].push(audits.metrics.details?.items[0].observedFirstContentfulPaint ?? NaN);
        scores.set(name, record);
      }
    }
  } finally {
    for (const server of servers) server.kill();
  }

  const columns = [...CATEGORIES, ...TIMINGS.map(([id]) => id), OBSERVED_FCP];
  const rows: (string | number)[][] = [["page", ...CATEGORIES, ...TIMINGS.map(([, label]) => label), OBSERVED_FCP]];
  for (const [name] of pages) {
    const record = scores.get(name)!;
    rows.push([name, ...columns.map((key) => Math.round(median(record[key])))]);
  }
  console.log(`\nMedian of ${RUNS} runs (Lighthouse ${lighthouseVersion()}, mobile preset):\n`);
  console.log(table(rows));

  const bareScore = median(scores.get("bare Next.js page")!.performance);
  const failures: string[] = [];
  for (const [name] of pages.slice(1)) {
    const record = scores.get(name)!;
    for (const category of ["accessibility", "best-practices", "seo"] as const) {
      if (median(record[category]) < 100) failures.push(`${name}: ${category} ${median(record[category])} < 100`);
    }
    const performance = median(record.performance);
    if (performance < 95) failures.push(`${name}: performance ${performance} < 95`);
    if (performance < bareScore) failures.push(`${name}: performance ${performance} < bare page ${bareScore}`);
    console.log(
      `${name}: performance ${performance} against the bare page's ${bareScore} (ratio ${(performance / bareScore).toFixed(2)})`,
    );
  }
  const article = scores.get("article")!;
  const bareBlocking = median(scores.get("bare Next.js page")!["total-blocking-time"]);
  const blocking = median(article["total-blocking-time"]);
  const performance = median(article.performance);
  if (performance < 98 || performance < bareScore - 1)
    failures.push(`article: performance ${performance}, goal ≥ 98 and within 1 of the bare page's ${bareScore}`);
  if (blocking > 100 || blocking > bareBlocking + 30)
    failures.push(
      `article: Total Blocking Time ${blocking} ms, goal ≤ 100 ms and within 30 ms of the bare page's ${bareBlocking}`,
    );
  console.log(failures.length ? `\nGoals missed:\n  ${failures.join("\n  ")}` : "\nAll goals met.");
  process.exitCode = failures.length ? 1 : 0;
}

function lighthouseVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("lighthouse/package.json").version;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
