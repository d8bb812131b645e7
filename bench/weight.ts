/**
 * Page weight: the article page's JavaScript, CSS and HTML after gzip and its number of requests,
 * beside a bare Next.js page built in the same run (the framework's floor), as Chromium loads them;
 * the article's HTML as `next start` sends it (raw, gzip) and as brotli; and the first and largest
 * paint on a throttled phone (150 ms round trip, 1.6 Mbit/s down, 4× slower CPU, 412 px wide),
 * medians of 9 loads each, alternating, of the bare page, the article, the article without its script
 * files and the article's HTML alone (neither script files nor stylesheets), so that what each part
 * costs shows, with when the HTML and the stylesheet arrived (no paint comes before the stylesheet);
 * then, from traced loads, where the main thread's time goes before the largest paint.
 * Goals: the article's JavaScript at most 10 KB gzip above the floor, CSS at most 15 KB, HTML at most
 * 100 KB raw and 22 KB gzip (15 KB brotli), no request to another host, paints at most 1.25× the
 * bare page's, and the article's largest paint at most 1.2× that of its HTML alone. Usage: npm run bench:weight
 */
import { get } from "node:http";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Browser } from "@playwright/test";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, ensureChromium } from "../lib/dev/chromium";
import { bareNextApp, median, nextBuild, nextStart, PHONE, ROOT, table, throttleAsPhone } from "./support";
import { mainThreadWork, navigationOf, type TraceEvent, type Work } from "./trace";

const RUNS = 9;
const TRACED_RUNS = 3;

/** The bytes `next start` sends for `url`, asking for gzip; and the page itself. */
function served(url: string): Promise<{ sent: number; raw: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { "accept-encoding": "gzip" } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", async () => {
        const sent = Buffer.concat(chunks);
        const raw = (await fetch(url)).arrayBuffer();
        resolve({ sent: sent.length, raw: Buffer.from(await raw) });
      });
    }).on("error", reject);
  });
}

/**
 * One way of loading a page: as served, without its script files, or as its HTML alone (no script
 * files, no stylesheets; the few inline scripts still run, and so does the measuring).
 */
interface Form {
  name: string;
  url: string;
  scripts: boolean;
  styles: boolean;
}

interface Paints {
  fcp: number;
  lcp: number;
  /** When the page's HTML had arrived. */
  html: number;
  /** When the render-blocking stylesheet had arrived (NaN where there is none). */
  css: number;
}

/** First and largest contentful paint of a page on a throttled phone, with an empty cache (traced if asked). */
async function paints(browser: Browser, form: Form, trace: boolean): Promise<Paints & { work?: Work }> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  // Blocked by the browser itself, so no request of the others goes through an interceptor.
  const blocked = [...(form.scripts ? [] : ["*.js"]), ...(form.styles ? [] : ["*.css"])];
  if (blocked.length) await cdp.send("Network.setBlockedURLs", { urls: blocked });
  await throttleAsPhone(cdp);
  if (trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.goto(form.url, { waitUntil: "load" });
  if (trace) {
    await page.waitForTimeout(500);
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    await context.close();
    const start = navigationOf(traceEvents, form.url);
    const main = traceEvents.filter((event) => event.pid === start.pid && event.tid === start.tid);
    const at = (name: string) => main.filter((event) => event.name === name).map((event) => event.ts);
    const fcp = at("firstContentfulPaint")[0];
    const lcp = at("largestContentfulPaint::Candidate").at(-1);
    if (fcp === undefined || lcp === undefined) throw new Error(`No paint in the trace of ${form.url}`);
    return {
      fcp: (fcp - start.ts) / 1000,
      lcp: (lcp - start.ts) / 1000,
      html: NaN,
      css: NaN,
      work: mainThreadWork(main, lcp + 1),
    };
  }
  const result = await page.evaluate(
    () =>
      new Promise<Paints>((resolve) => {
        const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN;
        const stylesheet = performance
          .getEntriesByType("resource")
          // The screen's stylesheet (the build's), not the print one.
          .find((entry) => /\/_next\/static\/.*\.css(\?|$)/.test(entry.name));
        const css = stylesheet ? (stylesheet as PerformanceResourceTiming).responseEnd : NaN;
        const html = (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).responseEnd;
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve({ fcp, lcp: entries[entries.length - 1].startTime, html, css });
        }).observe({ type: "largest-contentful-paint", buffered: true });
      }),
  );
  await context.close();
  return result;
}

const TRACE_CATEGORIES = ["devtools.timeline", "blink.user_timing", "loading", "disabled-by-default-fonts", "fonts"];

const PORT = 4311;
const BARE_PORT = 4312;
const KB = 1024;

interface Weight {
  js: number;
  css: number;
  html: number;
  requests: number;
  otherHosts: string[];
}

async function weigh(url: string, executablePath: string): Promise<Weight> {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const origin = new URL(url).origin;
  const weight: Weight = { js: 0, css: 0, html: 0, requests: 0, otherHosts: [] };
  const pending: Promise<void>[] = [];
  page.on("response", (response) => {
    weight.requests++;
    if (new URL(response.url()).origin !== origin) weight.otherHosts.push(response.url());
    const type = response.request().resourceType();
    pending.push(
      response
        .body()
        .then((body) => {
          const size = gzipSync(body, { level: 9 }).length;
          if (type === "script") weight.js += size;
          else if (type === "stylesheet") weight.css += size;
          else if (type === "document") {
            weight.html += size;
            // A stylesheet inlined in the page is CSS too (it is also inside the HTML figure).
            const inline = [...body.toString("utf8").matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)]
              .map((m) => m[1])
              .join("");
            if (inline) weight.css += gzipSync(inline, { level: 9 }).length;
          }
        })
        .catch(() => undefined),
    );
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await Promise.all(pending);
  await browser.close();
  return weight;
}

async function main() {
  const executablePath = ensureChromium();
  const bare = bareNextApp();
  const env = { SITE_URL: `http://localhost:${PORT}`, GLOSS_DIST_DIR: ".bench/next-site" };
  console.log("Building the site and a bare Next.js page…");
  await Promise.all([nextBuild(ROOT, env), nextBuild(bare)]);
  const servers = await Promise.all([nextStart(ROOT, PORT, env), nextStart(bare, BARE_PORT)]);
  try {
    const floor = await weigh(`http://localhost:${BARE_PORT}/`, executablePath);
    const article = await weigh(`http://localhost:${PORT}/articles/meta-aws-graviton-deal`, executablePath);
    const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
    console.log("\nAfter gzip, as Chromium loads the page (one load each; sizes do not vary between runs);");
    console.log("CSS counts stylesheets inlined in the HTML as well, so the HTML figure holds it too:\n");
    console.log(
      table([
        ["page", "JavaScript", "CSS", "HTML", "requests", "other hosts"],
        ["bare Next.js page", kb(floor.js), kb(floor.css), kb(floor.html), floor.requests, floor.otherHosts.length],
        ["article", kb(article.js), kb(article.css), kb(article.html), article.requests, article.otherHosts.length],
      ]),
    );
    const overFloor = article.js - floor.js;
    const goals = [
      [`JavaScript above the floor ≤ 10 KB`, overFloor <= 10 * KB, kb(overFloor)],
      [`CSS ≤ 15 KB`, article.css <= 15 * KB, kb(article.css)],
      [`HTML ≤ 40 KB`, article.html <= 40 * KB, kb(article.html)],
      [`no request to another host`, article.otherHosts.length === 0, String(article.otherHosts.length)],
    ] as const;
    console.log("");
    for (const [goal, met, value] of goals) console.log(`${met ? "met   " : "MISSED"} ${goal} (${value})`);
    console.log(`JavaScript ratio to the floor: ${(article.js / floor.js).toFixed(2)}×`);

    const articleUrl = `http://localhost:${PORT}/articles/meta-aws-graviton-deal`;
    const { sent, raw } = await served(articleUrl);
    const brotli = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    console.log(
      `\nThe article's HTML from next start: ${kb(raw.length)} raw, ${kb(sent)} as sent with gzip, ${kb(brotli)} as brotli (11)`,
    );
    const htmlGoals = [
      ["HTML ≤ 100 KB raw", raw.length <= 100 * KB, kb(raw.length)],
      ["HTML ≤ 22 KB gzip", sent <= 22 * KB, kb(sent)],
      ["HTML ≤ 15 KB brotli", brotli <= 15 * KB, kb(brotli)],
    ] as const;
    for (const [goal, met, value] of htmlGoals) console.log(`${met ? "met   " : "MISSED"} ${goal} (${value})`);

    const forms: Form[] = [
      { name: "bare Next.js page", url: `http://localhost:${BARE_PORT}/`, scripts: true, styles: true },
      { name: "article", url: articleUrl, scripts: true, styles: true },
      { name: "article without its script files", url: articleUrl, scripts: false, styles: true },
      { name: "article, HTML alone", url: articleUrl, scripts: false, styles: false },
    ];
    console.log(`\nPaints on a throttled phone, median of ${RUNS} loads each, alternating…`);
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    const loads = forms.map(() => [] as Paints[]);
    const traced = forms.map(() => [] as Work[]);
    try {
      for (let run = 0; run < RUNS; run++) {
        for (const [index, form] of forms.entries()) loads[index].push(await paints(browser, form, false));
      }
      for (let run = 0; run < TRACED_RUNS; run++) {
        for (const [index, form] of forms.entries()) traced[index].push((await paints(browser, form, true)).work!);
      }
    } finally {
      await browser.close();
    }
    const ms = (value: number) => `${Math.round(value)} ms`;
    const of = (list: Paints[], key: keyof Paints) => median(list.map((entry) => entry[key]));
    const [bareLoads, articleLoads] = loads;
    console.log(
      table([
        [
          "page",
          "HTML arrived",
          "stylesheet arrived",
          "first contentful paint",
          "largest contentful paint",
          "ratio to the bare page",
        ],
        ...forms.map((form, index) => [
          form.name,
          ms(of(loads[index], "html")),
          form.styles && form.name !== "bare Next.js page" ? ms(of(loads[index], "css")) : "-",
          ms(of(loads[index], "fcp")),
          ms(of(loads[index], "lcp")),
          `${(of(loads[index], "fcp") / of(bareLoads, "fcp")).toFixed(2)}× / ${(of(loads[index], "lcp") / of(bareLoads, "lcp")).toFixed(2)}×`,
        ]),
      ]),
    );
    for (const key of ["fcp", "lcp"] as const) {
      const ratio = of(articleLoads, key) / of(bareLoads, key);
      console.log(
        `${ratio <= 1.25 ? "met   " : "MISSED"} ${key.toUpperCase()} ≤ 1.25× the bare page's (${ratio.toFixed(2)}×)`,
      );
    }
    const alone = of(articleLoads, "lcp") / of(loads[3], "lcp");
    console.log(`${alone <= 1.2 ? "met   " : "MISSED"} article's LCP ≤ 1.2× its HTML alone's (${alone.toFixed(2)}×)`);
    // Nothing is painted before the stylesheet has arrived. The throttled network hands the page's
    // HTML to the browser whole, so the stylesheet is asked for only once all of it has arrived: a
    // round trip the HTML alone never waits for.
    const css = of(articleLoads, "css");
    console.log(
      `  the article's stylesheet arrived at ${ms(css)} (${(css / of(loads[3], "lcp")).toFixed(2)}× the HTML alone's LCP); its LCP came ${ms(of(articleLoads, "lcp") - css)} after that`,
    );
    console.log(
      `\nWhere the main thread's time goes before the largest paint (traced loads, median of ${TRACED_RUNS}, 4× slower CPU):\n`,
    );
    const phases = ["parse", "script", "style", "layout", "paint", "fonts"] as const;
    console.log(
      table([
        ["page", "parsing", "scripts", "style", "layout", "paint", "of which font matching"],
        ...forms.map((form, index) => [
          form.name,
          ...phases.map((phase) => ms(median(traced[index].map((work) => work[phase])))),
        ]),
      ]),
    );
  } finally {
    for (const server of servers) server.kill();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
