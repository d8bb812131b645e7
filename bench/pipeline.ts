/**
 * Content pipeline: load, validate and render N synthetic seed-shaped articles (N = 100, 1,000,
 * 5,000), each N in a fresh process; prints ms per article (median of 3 loads) and peak memory.
 * Goals: at most 5 ms per article; per-article time at 5,000 within 1.3× of that at 100.
 * Usage: npm run bench:pipeline
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { loadContent } from "../lib/content/load";
import { writeSyntheticContent } from "./synthetic";
import { median, ROOT, table, WORK } from "./support";

const SIZES = [100, 1000, 5000];
const LOADS = 3;

async function measure(dir: string, count: number) {
  const times: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const started = performance.now();
    const { articles } = await loadContent(dir);
    times.push(performance.now() - started);
    if (articles.length !== count) throw new Error(`loaded ${articles.length} articles, expected ${count}`);
  }
  const perArticle = median(times) / count;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ perArticle, peakMb }));
}

async function main() {
  const child = process.argv.indexOf("--measure");
  if (child >= 0) return measure(process.argv[child + 1], Number(process.argv[child + 2]));

  const results: { count: number; perArticle: number; peakMb: number }[] = [];
  for (const count of SIZES) {
    const dir = path.join(WORK, `pipeline-${count}`);
    writeSyntheticContent(dir, count);
    const output = execFileSync(
      path.join(ROOT, "node_modules", ".bin", "tsx"),
      [__filename, "--measure", dir, String(count)],
      {
        encoding: "utf8",
        maxBuffer: 1 << 20,
      },
    );
    results.push({ count, ...JSON.parse(output) });
  }
  const base = results[0].perArticle;
  console.log(`Content pipeline (load + validate + render), median of ${LOADS} loads, one process per size:\n`);
  console.log(
    table([
      ["articles", "ms/article", "× the 100-article time", "peak memory"],
      ...results.map((r) => [
        r.count,
        r.perArticle.toFixed(2),
        (r.perArticle / base).toFixed(2),
        `${r.peakMb.toFixed(0)} MB`,
      ]),
    ]),
  );
  const worst = Math.max(...results.map((r) => r.perArticle));
  const growth = results.at(-1)!.perArticle / base;
  console.log(`\nGoal ≤ 5 ms/article: ${worst <= 5 ? "met" : "MISSED"} (worst ${worst.toFixed(2)} ms)`);
  console.log(`Goal 5,000 within 1.3× of 100: ${growth <= 1.3 ? "met" : "MISSED"} (${growth.toFixed(2)}×)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
