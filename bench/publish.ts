/**
 * Publishing: a synthetic newsroom (1,000 articles, and with `--articles N` that size too) built and
 * served by `next start`, then changed while it runs. Prints, beside each goal (medians of RUNS): how long a new
 * article takes to show on its page, the home page and the feeds; a changed sentence on its page; a
 * changed glossary definition on an article that uses it; a new article to be found by search; how
 * many pages each publish marked for rendering again; and autocannon's errors and slowest answer
 * while a publish happens under 50 connections.
 * Usage: npm run bench:publish [-- --articles 100000]
 */
import { spawn } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, ensureChromium } from "../lib/dev/chromium";
import { measured } from "./measure";
import { addSyntheticArticle, changeSyntheticArticle, writeSyntheticContent } from "./synthetic";
import { median, quantile, ROOT, waitFor, WORK } from "./support";

const at = process.argv.indexOf("--articles");
const SIZES = [...new Set([1000, Number(at > 0 ? process.argv[at + 1] : 1000)])];
const PORT = 4340;
/** Each kind of publish is measured this many times; the figures are medians. */
const RUNS = 3;
const SECRET = "bench-secret";
/** Seconds of load before the measured part (the server warms, the connections open), and of the measured part. */
const WARM_S = 5;
const LOAD_S = 20;
const DIST = ".bench/next-publish";
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const NEXT = path.join(ROOT, "node_modules", ".bin", "next");
const origin = `http://localhost:${PORT}`;

const since = (started: number) => (performance.now() - started) / 1000;

async function publish(): Promise<{ revalidated: string[]; ms: number }> {
  const response = await fetch(`${origin}/api/publish`, {
    method: "POST",
    headers: { authorization: `Bearer ${SECRET}` },
  });
  const body = await response.json();
  if (!body.published) throw new Error(`publish failed: ${JSON.stringify(body)}`);
  return body;
}

/** Seconds until every one of `addresses` holds `words`, polling every 100 ms. */
async function untilShown(addresses: string[], words: string, started: number, limit = 300): Promise<number> {
  for (const address of addresses) {
    while (!(await (await fetch(`${origin}${address}`)).text()).includes(words)) {
      if (since(started) > limit) throw new Error(`${address} did not show “${words}” within ${limit} s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return since(started);
}

/** Seconds until the search page finds `title` by `word`, loading it again every few seconds. */
async function untilFound(page: Page, word: string, title: string, started: number, limit = 600): Promise<number> {
  while (since(started) < limit) {
    await page.goto(`${origin}/search?q=${word}`);
    const found = await page
      .locator(".search-articles h3", { hasText: title })
      .waitFor({ timeout: 3000 })
      .then(
        () => true,
        () => false,
      );
    if (found) return since(started);
  }
  throw new Error(`search did not find “${title}” within ${limit} s`);
}

/** The address of the first article from story-`from` down whose page links `term`. */
async function articleUsing(term: string, from: number): Promise<string> {
  for (let n = from; n > 0; n--) {
    const address = `/articles/story-${n}`;
    if ((await (await fetch(`${origin}${address}`)).text()).includes(`data-term="${term}"`)) return address;
  }
  throw new Error(`no article links ${term}`);
}

interface Figures {
  articles: number;
  newArticle: number;
  sentence: number;
  definition: number;
  search: number;
  pages: { article: number; sentence: number; definition: number };
  /** The publish's own answer (sync, other instances, marking), in ms. */
  publishMs: number;
  load: {
    errors: number;
    non2xx: number;
    answers: number;
    max: number;
    /** When the slowest answer's request was sent, in seconds from the publish (negative: before it). */
    maxAfterPublish: number;
    p99: number;
    /** The slowest answer while the server warmed and the connections opened (not measured). */
    warmMax: number;
  };
}

async function runOnce(count: number): Promise<Figures> {
  const content = path.join(WORK, `publish-${count}`);
  writeSyntheticContent(content, count);
  rmSync(path.join(ROOT, DIST), { recursive: true, force: true });
  const env = {
    CONTENT_DIR: content,
    GLOSS_DIST_DIR: DIST,
    GLOSS_SITE_ROOT: `${DIST}-public`,
    SITE_URL: origin,
    PUBLISH_SECRET: SECRET,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  console.log(`Building ${count.toLocaleString("en-GB")} synthetic articles…`);
  for (const [command, args] of [
    [TSX, ["lib/commands/sync-content.ts"]],
    [NEXT, ["build"]],
    [TSX, ["lib/commands/build-search.ts"]],
  ] as const) {
    await measured(command, [...args], env);
  }
  const server = spawn(NEXT, ["start", "-p", String(PORT)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: "ignore",
  });
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  try {
    await waitFor(`${origin}/`);
    const glossaryFile = path.join(content, "glossary", "gpu.md");

    // Each publish a few times, for medians: the machine is shared and noisy.
    const newArticle: number[] = [];
    const search: number[] = [];
    const sentence: number[] = [];
    const definition: number[] = [];
    const publishMs: number[] = [];
    const pages = { article: 0, sentence: 0, definition: 0 };
    const page = await browser.newPage();
    for (let run = 1; run <= RUNS; run++) {
      console.log(`  run ${run} of ${RUNS}: a new article…`);
      // A word no other article has, to find it by.
      const marker = `Zyxwvut${"abc"[run - 1]}`;
      const slug = addSyntheticArticle(content, run, `The word ${marker} is in this article only.`);
      let started = performance.now();
      const answer = await publish();
      pages.article = answer.revalidated.length;
      publishMs.push(answer.ms);
      newArticle.push(await untilShown([`/articles/${slug}`, "/", "/feed.xml"], `New story ${run}`, started));

      console.log("    found by search…");
      search.push(await untilFound(page, marker, `New story ${run}`, started));

      console.log("    a changed sentence…");
      const old = Math.ceil(count / (run + 1));
      await fetch(`${origin}/articles/story-${old}`);
      changeSyntheticArticle(content, old, `A sentence corrected by the desk, ${run}.`);
      started = performance.now();
      pages.sentence = (await publish()).revalidated.length;
      sentence.push(await untilShown([`/articles/story-${old}`], `A sentence corrected by the desk, ${run}.`, started));

      console.log("    a changed definition…");
      // An old article that uses the term, read once so that its page is cached.
      const user = await articleUsing("gpu", count - run * 100);
      const words = `A chip for many sums at once, redefined ${run}.`;
      writeFileSync(glossaryFile, readFileSync(glossaryFile, "utf8").replace(/^short: .*$/m, `short: "${words}"`));
      started = performance.now();
      const marked = (await publish()).revalidated;
      if (!marked.includes(user)) throw new Error(`the publish did not mark ${user}, which links the term`);
      pages.definition = marked.length;
      definition.push(await untilShown([user], words, started));
    }

    console.log("  a publish under load…");
    // 50 connections read what readers read while a story breaks: a popular old article, the home
    // page and the feed (the last two are marked by the publish and rendered again under the load).
    // The first seconds warm the server and open the connections; what is measured is every answer
    // to a request sent after them, the publish's included.
    const started = performance.now();
    const answers: { sent: number; ms: number }[] = [];
    let instance: autocannon.Instance | undefined;
    const loadRun = new Promise<autocannon.Result>((resolve, reject) => {
      instance = autocannon(
        {
          url: origin,
          connections: 50,
          duration: WARM_S + LOAD_S,
          requests: [`/articles/story-${Math.ceil(count / 2)}`, "/", "/feed.xml"].map((address) => ({ path: address })),
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
    });
    instance?.on("response", (_client, _status, _bytes, ms) =>
      answers.push({ sent: performance.now() - started - ms, ms }),
    );
    await new Promise((resolve) => setTimeout(resolve, (WARM_S + 5) * 1000));
    addSyntheticArticle(content, RUNS + 1);
    const publishedAt = performance.now() - started;
    await publish();
    const result = await loadRun;
    const measuredAnswers = answers.filter(({ sent }) => sent >= WARM_S * 1000).map(({ ms }) => ms);
    const slowest = answers.filter(({ sent }) => sent >= WARM_S * 1000).reduce((a, b) => (b.ms > a.ms ? b : a));
    return {
      articles: count,
      newArticle: median(newArticle),
      sentence: median(sentence),
      definition: median(definition),
      search: median(search),
      pages,
      publishMs: median(publishMs),
      load: {
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
        answers: measuredAnswers.length,
        max: slowest.ms,
        maxAfterPublish: (slowest.sent - publishedAt) / 1000,
        p99: quantile(measuredAnswers, 0.99),
        warmMax: Math.max(...answers.filter(({ sent }) => sent < WARM_S * 1000).map(({ ms }) => ms)),
      },
    };
  } finally {
    await browser.close();
    // At once: a server in the middle of a publish would otherwise finish it first.
    server.kill("SIGKILL");
  }
}

const verdict = (met: boolean) => (met ? "met" : "MISSED");

function report(run: Figures) {
  console.log(`\n${run.articles.toLocaleString("en-GB")} articles:`);
  console.log(
    `  new article       page, home and feeds show it ${run.newArticle.toFixed(1)} s after publishing (goal ≤ 10 s: ${verdict(run.newArticle <= 10)}); the publish itself answered in ${(run.publishMs / 1000).toFixed(1)} s`,
  );
  console.log(
    `  changed sentence  the page shows it in ${run.sentence.toFixed(1)} s (goal ≤ 10 s: ${verdict(run.sentence <= 10)})`,
  );
  console.log(
    `  changed term      an article that uses it shows the new definition in ${run.definition.toFixed(1)} s (goal ≤ 30 s: ${verdict(run.definition <= 30)})`,
  );
  console.log(
    `  search            the new article is found ${run.search.toFixed(0)} s after publishing (goal ≤ 180 s: ${verdict(run.search <= 180)})`,
  );
  console.log(
    `  pages revalidated new article ${run.pages.article}, changed sentence ${run.pages.sentence}, changed term ${run.pages.definition} (each listed in the publish's answer)`,
  );
  console.log(
    `  under load        ${run.load.errors} errors, ${run.load.non2xx} not 2xx, slowest of ${run.load.answers.toLocaleString("en-GB")} answers ${Math.round(run.load.max)} ms (sent ${run.load.maxAfterPublish.toFixed(1)} s after the publish began), p99 ${Math.round(run.load.p99)} ms (goal 0 errors, none over 1 s: ${verdict(run.load.errors + run.load.non2xx === 0 && run.load.max <= 1000)})`,
  );
  console.log(
    `                    while the server warmed and the connections opened (not counted): slowest ${Math.round(run.load.warmMax)} ms`,
  );
}

async function main() {
  for (const count of SIZES) report(await runOnce(count));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
