/**
 * The main thread on a phone: the seed article and a bare Next.js page built in the same run, each
 * loaded RUNS times alternately on a throttled phone (150 ms round trip, 1.6 Mbit/s down, 4× slower
 * CPU, 412 px wide, touch), traced from navigation until five seconds after the load event. Prints,
 * medians: the long tasks (≥ 50 ms) and the blocking time (what each long task holds beyond 50 ms),
 * the main thread's whole time by phase, the article's long tasks with what ran in them, and what ran
 * on load by component, hook or handler (a CPU profile of a build whose names are kept, `next build
 * --no-mangling`: names change no work). Then Interaction to Next Paint of opening a term's card by
 * tap once the page is idle. Goals: blocking time within 1.3× of the bare page's, the tap ≤ 100 ms.
 * Lighthouse's own figures for the same page: npm run bench:lighthouse; paints: npm run bench:weight.
 * Usage: npm run bench:main-thread [-- --runs 7] [--reuse: serve the builds of the last run]
 */
import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import { CHROMIUM_ARGS, ensureChromium } from "../lib/dev/chromium";
import { SELECT } from "../lib/hooks";
import { attribute, projectFunctions, type CpuProfile } from "./profile";
import { bareNextApp, median, nextStart, PHONE, ROOT, run, table, throttleAsPhone } from "./support";
import { mainThreadWork, navigationOf, type TraceEvent, type Work } from "./trace";

const RUNS = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 7;
const PORT = 4360;
const BARE_PORT = 4361;
const AFTER_LOAD_MS = 5000;
const LONG_MS = 50;
const BLOCKING_GOAL = 1.3;
const TAP_GOAL_MS = 100;
const REUSE = process.argv.includes("--reuse");
const NEXT = `${ROOT}/node_modules/.bin/next`;

interface Task {
  /** From navigation, ms. */
  start: number;
  duration: number;
  /** What ran in it: label → ms. */
  ran: Map<string, number>;
}

interface Load {
  tasks: Task[];
  busy: number;
  blocking: number;
  work: Work;
  ran: Map<string, number>;
}

async function phone(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ ...PHONE, hasTouch: true, isMobile: true });
}

/**
 * One traced load of `url`; profiled too with `names` (the profiler's sampling slows the page down,
 * so the figures come from loads without it, and what ran from loads with it).
 */
async function load(browser: Browser, url: string, names?: Map<string, string>): Promise<Load> {
  const context = await phone(browser);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await throttleAsPhone(cdp);
  if (names) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  }
  await browser.startTracing(page, { categories: ["devtools.timeline", "toplevel", "loading", "blink.user_timing"] });
  if (names) await cdp.send("Profiler.start");
  await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(AFTER_LOAD_MS);
  const profile = names ? ((await cdp.send("Profiler.stop")) as { profile: CpuProfile }).profile : undefined;
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  await context.close();
  const start = navigationOf(traceEvents, url);
  const main = traceEvents.filter(
    (event) => event.pid === start.pid && event.tid === start.tid && event.ts >= start.ts,
  );
  const tasks = main
    .filter((event) => event.name === "ThreadControllerImpl::RunTask" && event.dur !== undefined)
    .map((event) => ({
      start: (event.ts - start.ts) / 1000,
      duration: event.dur! / 1000,
      ran: profile ? attribute(profile, names!, event.ts, event.ts + event.dur!) : new Map<string, number>(),
    }));
  const long = tasks.filter((task) => task.duration >= LONG_MS);
  return {
    tasks: long,
    busy: tasks.reduce((sum, task) => sum + task.duration, 0),
    blocking: long.reduce((sum, task) => sum + task.duration - LONG_MS, 0),
    work: mainThreadWork(main, Infinity),
    ran: profile ? attribute(profile, names!, start.ts) : new Map<string, number>(),
  };
}

/** Interaction to Next Paint of tapping the article's first term once the page is idle (Event Timing). */
async function tapTerm(browser: Browser, url: string): Promise<number> {
  const context = await phone(browser);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(AFTER_LOAD_MS);
  await page.evaluate(() => {
    const w = window as unknown as { interactions: number[] };
    w.interactions = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEventTiming & { interactionId?: number })[]) {
        if (entry.interactionId) w.interactions.push(entry.duration);
      }
    }).observe({ type: "event", durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  });
  const term = page.locator(SELECT.termLink).first();
  await term.scrollIntoViewIfNeeded();
  // A touch at the term's centre, as a finger's: a locator's tap would also run Playwright's own
  // checks of what the touch hits, in listeners of its own in the page, inside the interaction.
  const box = (await term.boundingBox())!;
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  await page.locator(".term-card").waitFor();
  await page.waitForTimeout(500);
  const inp = await page.evaluate(() => Math.max(0, ...(window as unknown as { interactions: number[] }).interactions));
  await context.close();
  return inp;
}

const ms = (value: number) => `${Math.round(value)} ms`;

/** The `count` largest entries of `ran`, as "label 12 ms". */
const largest = (ran: Map<string, number>, count: number) =>
  [...ran]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([label, took]) => `${label} ${ms(took)}`);

async function main() {
  const bare = REUSE ? `${ROOT}/.bench/bare-next` : bareNextApp();
  const env = {
    SITE_URL: `http://localhost:${PORT}`,
    GLOSS_DIST_DIR: ".bench/next-main",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!REUSE) console.log("Building the site and a bare Next.js page (names kept: --no-mangling)…");
  await Promise.all(
    REUSE
      ? []
      : [
          run("npx", ["tsx", "lib/commands/sync-content.ts"], { env }).then(() =>
            run(NEXT, ["build", "--no-mangling"], { env }),
          ),
          run(NEXT, ["build", "--no-mangling"], { cwd: bare, env: { NEXT_TELEMETRY_DISABLED: "1" } }),
        ],
  );
  const servers = await Promise.all([nextStart(ROOT, PORT, env), nextStart(bare, BARE_PORT)]);
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  const names = projectFunctions();
  const pages = [
    { name: "bare Next.js page", url: `http://localhost:${BARE_PORT}/` },
    { name: "article", url: `http://localhost:${PORT}/articles/meta-aws-graviton-deal` },
  ];
  const loads = pages.map(() => [] as Load[]);
  const profiled: Load[] = [];
  const taps: number[] = [];
  try {
    console.log(
      `Loading each page ${RUNS} times, alternating, the article ${RUNS} times profiled, then tapping a term ${RUNS} times…`,
    );
    for (let index = 0; index < RUNS; index++) {
      for (const [at, { url }] of pages.entries()) loads[at].push(await load(browser, url));
      profiled.push(await load(browser, pages[1].url, names));
    }
    for (let index = 0; index < RUNS; index++) taps.push(await tapTerm(browser, pages[1].url));
  } finally {
    await browser.close();
    for (const server of servers) server.kill();
  }

  const of = (at: number, pick: (load: Load) => number) => median(loads[at].map(pick));
  console.log(`\nFrom navigation to ${AFTER_LOAD_MS / 1000} s after the load event, median of ${RUNS} loads each:\n`);
  const phases = ["parse", "script", "style", "layout", "paint"] as const;
  console.log(
    table([
      ["page", "long tasks", "blocking time", "main thread busy", "parsing", "scripts", "style", "layout", "paint"],
      ...pages.map(({ name }, at) => [
        name,
        of(at, (load) => load.tasks.length),
        ms(of(at, (load) => load.blocking)),
        ms(of(at, (load) => load.busy)),
        ...phases.map((phase) => ms(of(at, (load) => load.work[phase]))),
      ]),
    ]),
  );

  // The profiled load whose blocking time is the median's (or just above it), task by task.
  const sorted = [...profiled].sort((a, b) => a.blocking - b.blocking);
  const typical = sorted[Math.floor(sorted.length / 2)];
  console.log(
    `\nThe article's long tasks in its median profiled load (slower than the loads above: the profiler samples every 0.2 ms):\n`,
  );
  console.log(
    table([
      ["starts", "lasts", "what ran (largest three)"],
      ...typical.tasks.map((task) => [ms(task.start), ms(task.duration), largest(task.ran, 3).join("; ")]),
    ]),
  );
  const labels = new Set(profiled.flatMap((load) => [...load.ran.keys()]));
  const ran = new Map([...labels].map((label) => [label, median(profiled.map((load) => load.ran.get(label) ?? 0))]));
  console.log(`\nWhat ran on the article's main thread, load to idle (median ms of the profile's samples):\n`);
  console.log(
    table([
      ["ms", "what"],
      ...[...ran]
        .filter(([, took]) => took >= 1)
        .sort((a, b) => b[1] - a[1])
        .map(([label, took]) => [took.toFixed(1), label]),
    ]),
  );

  const blocking = [of(0, (load) => load.blocking), of(1, (load) => load.blocking)];
  const ratio = blocking[1] / Math.max(blocking[0], 1);
  const tap = median(taps);
  console.log("");
  console.log(
    `${ratio <= BLOCKING_GOAL ? "met   " : "MISSED"} blocking time, navigation to idle, within ${BLOCKING_GOAL}× of the bare page's (${ms(blocking[1])} against ${ms(blocking[0])}: ${ratio.toFixed(2)}×)`,
  );
  console.log(
    `${tap <= TAP_GOAL_MS ? "met   " : "MISSED"} opening a term's card by tap, Interaction to Next Paint ≤ ${TAP_GOAL_MS} ms (${ms(tap)}, median of ${RUNS})`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
