/**
 * Build: `next build` of 1,000 synthetic articles. Prints total time, time per page, the peak memory
 * of the whole build (every process it starts), and how many processes loaded the content.
 * Goal: peak memory under 2 GB; content read and rendered once per build process, not per page.
 * Usage: npm run bench:build [-- --articles N]
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { writeSyntheticContent } from "./synthetic";
import { ROOT, WORK } from "./support";

const flag = process.argv.indexOf("--articles");
const ARTICLES = flag > 0 ? Number(process.argv[flag + 1]) : 1000;

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

async function main() {
  const content = path.join(WORK, `build-${ARTICLES}`);
  const log = path.join(WORK, "build-loads.log");
  const distDir = ".bench/next-build";
  writeSyntheticContent(content, ARTICLES);
  rmSync(log, { force: true });
  console.log(`Building ${ARTICLES} synthetic articles…`);
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
  const pages = ARTICLES + 1 + 1; // the articles, their preview images are counted apart, home, glossary
  const loads = existsSync(log) ? readFileSync(log, "utf8").trim().split("\n").length : 0;
  console.log(`\nnext build of ${ARTICLES} articles (${distDir}/):`);
  console.log(`  total            ${seconds.toFixed(1)} s`);
  console.log(`  per article page ${((seconds * 1000) / pages).toFixed(1)} ms (with its preview image)`);
  console.log(
    `  peak memory      ${(peak / 2 ** 20).toFixed(0)} MB (goal < 2048 MB: ${peak < 2 ** 31 ? "met" : "MISSED"})`,
  );
  console.log(`  content loaded   ${loads} time(s), once in each build process that renders pages`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
