/**
 * Highlights on load: the seed article with 500 of a reader's highlights in its storage, loaded on a
 * throttled phone (4× slower CPU, 412 px wide), traced. Prints, medians of RUNS loads: the drawing's
 * own measure (finding each highlight in the text and registering its ranges), the main thread's tasks
 * that apply them (traced: the one that reads them from storage, the one that draws them, and anything
 * the browser did within them), and the main
 * thread's whole time from the start of the load until a second after the drawing (the page's own
 * work, and the highlights' style, paint and list), beside the same load with one highlight,
 * alternately in the same run. Goal: the tasks that apply 500 highlights ≤ 50 ms.
 * Usage: npm run bench:highlights
 */
import { chromium, type Browser } from "@playwright/test";
import { CHROMIUM_ARGS, ensureChromium } from "../lib/dev/chromium";
import {
  anchorOf,
  blockStarts,
  DRAW_MEASURE,
  HIGHLIGHTS_KEY,
  READ_MEASURE,
  type Highlight,
  type PageText,
} from "../lib/highlights/highlights";
import { SELECT } from "../lib/hooks";
import { median, nextBuild, nextStart, PHONE, ROOT, table } from "./support";
import type { TraceEvent } from "./trace";

const PORT = 4350;
const RUNS = 7;
const COUNT = 500;
const GOAL_MS = 50;
const SLUG = "meta-aws-graviton-deal";
const url = `http://localhost:${PORT}/articles/${SLUG}`;

/** The article's text as highlights are anchored in, read from the page as the browser code reads it. */
async function pageText(browser: Browser): Promise<PageText> {
  const page = await browser.newPage();
  await page.goto(url);
  const blocks = await page.evaluate((selector) => {
    const elements = [...document.querySelectorAll(`.article-body :is(${selector})`)].filter(
      (el) => !el.querySelector(selector),
    );
    return elements.map((el) => ({ id: el.id, text: (el.textContent ?? "").replace(/\s+/g, " ").trim() }));
  }, SELECT.textBlock);
  await page.close();
  return { ids: blocks.map((block) => block.id), texts: blocks.map((block) => block.text) };
}

/** `count` highlights of 2 to 12 words each, spread over the article's paragraphs, the same every run. */
function highlights(page: PageText, count: number): Highlight[] {
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const starts = blockStarts(page);
  const joined = page.texts.join("\n");
  const usable = page.texts.map((text, index) => index).filter((index) => page.texts[index].split(" ").length > 14);
  return Array.from({ length: count }, (_, n) => {
    const block = usable[Math.floor(next() * usable.length)];
    const words = [...page.texts[block].matchAll(/\S+/g)];
    const first = Math.floor(next() * (words.length - 12));
    const last = first + 1 + Math.floor(next() * 11);
    const start = starts[block] + words[first].index!;
    const end = starts[block] + words[last].index! + words[last][0].length;
    const time = 1_800_000_000_000 + n;
    return {
      id: `bench-${n}`,
      slug: SLUG,
      title: "Bench",
      published: "2026-01-01",
      ...anchorOf(page, { start, end }, starts, joined),
      note: n % 5 === 0 ? `Note ${n}` : "",
      created: time,
      modified: time,
    };
  });
}

interface Load {
  /** The drawing, as the page measures it. */
  draw: number;
  /** The main thread's tasks that apply them: the one that reads them from storage and the one that
   * draws them (each with whatever the browser did within it). */
  task: number;
  /** Every task of the load. */
  main: number;
}

const SLACK_US = 100;

/** One traced load with `saved` in storage. */
async function load(browser: Browser, saved: string): Promise<Load> {
  const context = await browser.newContext(PHONE);
  await context.addInitScript(({ key, value }) => localStorage.setItem(key, value), {
    key: HIGHLIGHTS_KEY,
    value: saved,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await browser.startTracing(page, { categories: ["devtools.timeline", "blink.user_timing", "toplevel"] });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, DRAW_MEASURE);
  await page.waitForTimeout(1200);
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const draw = await page.evaluate((name) => performance.getEntriesByName(name)[0].duration, DRAW_MEASURE);
  await context.close();
  const mark = traceEvents.find((event) => event.name === DRAW_MEASURE);
  const reading = traceEvents.find((event) => event.name === READ_MEASURE);
  if (!mark || !reading) throw new Error("no reading or no drawing in the trace");
  // Every task of the page's main thread, from the start of the load until a second after the drawing.
  const tasks = traceEvents.filter(
    (event) =>
      event.pid === mark.pid &&
      event.tid === mark.tid &&
      event.dur !== undefined &&
      event.name === "ThreadControllerImpl::RunTask" &&
      event.ts <= mark.ts + 1_000_000,
  );
  const busy = tasks.reduce((sum, task) => sum + task.dur!, 0);
  // A measure's start is the page's clock, coarsened: it can fall a few microseconds before its task's.
  const around = (event: TraceEvent) =>
    tasks.find((task) => task.ts - SLACK_US <= event.ts && event.ts <= task.ts + task.dur!);
  const applying = new Set([around(reading), around(mark)]);
  if (applying.has(undefined)) throw new Error("no task around the reading or the drawing");
  const applied = [...applying].reduce((sum, task) => sum + task!.dur!, 0);
  return { draw, task: applied / 1000, main: busy / 1000 };
}

async function main() {
  const env = { SITE_URL: `http://localhost:${PORT}`, GLOSS_DIST_DIR: ".bench/next-highlights" };
  console.log("Building the site…");
  await nextBuild(ROOT, env);
  const server = await nextStart(ROOT, PORT, env);
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  try {
    const text = await pageText(browser);
    const saved = { many: JSON.stringify(highlights(text, COUNT)), one: JSON.stringify(highlights(text, 1)) };
    const loads = { many: [] as Load[], one: [] as Load[] };
    console.log(`Loading the article ${RUNS} times each with ${COUNT} highlights and with one, alternating…`);
    for (let run = 0; run < RUNS; run++) {
      loads.many.push(await load(browser, saved.many));
      loads.one.push(await load(browser, saved.one));
    }
    const ms = (values: number[]) => `${median(values).toFixed(1)} ms`;
    const column = (key: keyof Load) => [loads.many, loads.one].map((runs) => ms(runs.map((l) => l[key])));
    const [draw, task, main] = (["draw", "task", "main"] as const).map(column);
    console.log(
      `\n${table([
        [
          "highlights",
          "drawing (measured)",
          "the tasks that read and draw them (traced)",
          "main thread, load to a second after",
        ],
        [String(COUNT), draw[0], task[0], main[0]],
        ["1", draw[1], task[1], main[1]],
      ])}`,
    );
    const applying = median(loads.many.map((l) => l.task));
    const added = median(loads.many.map((l) => l.main)) - median(loads.one.map((l) => l.main));
    console.log(
      `\n${applying <= GOAL_MS ? "met   " : "MISSED"} ${COUNT} highlights applied on load in ≤ ${GOAL_MS} ms of main-thread time (${applying.toFixed(1)} ms, the traced tasks that read and draw them)`,
    );
    console.log(
      `       everything the ${COUNT} add to the load, their style and paint and the list included: ${added.toFixed(0)} ms (against one highlight, same run)`,
    );
  } finally {
    await browser.close();
    server.kill("SIGKILL");
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
