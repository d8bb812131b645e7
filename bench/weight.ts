/**
 * Page weight: the article page's JavaScript, CSS and HTML after gzip and its number of requests,
 * beside a bare Next.js page built in the same run (the framework's floor), as Chromium loads them.
 * Goals: the article's JavaScript at most 10 KB gzip above the floor, CSS at most 15 KB, HTML at most
 * 40 KB, no request to another host. Usage: npm run bench:weight
 */
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, ensureChromium } from "../tests/support/browser";
import { bareNextApp, nextBuild, nextStart, ROOT, table } from "./support";

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
  } finally {
    for (const server of servers) server.kill();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
