import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { CDPSession } from "@playwright/test";

export const ROOT = path.resolve(__dirname, "..");
const NEXT = path.join(ROOT, "node_modules", ".bin", "next");

/** The middle value (the mean of the middle two for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The value below which a share `q` (0 to 1) of `values` lie, nearest rank. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Runs a command to completion, failing loudly with its output when it fails. */
export function run(command: string, args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, ...options.env },
      stdio: "pipe",
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed (${code}):\n${output}`)),
    );
  });
}

/** `next build` in `dir`. */
export const nextBuild = (dir: string, env: Record<string, string> = {}) =>
  run(NEXT, ["build"], { cwd: dir, env: { NEXT_TELEMETRY_DISABLED: "1", ...env } });

/** Starts `next start` for the build in `dir` and resolves once it answers. */
export async function nextStart(dir: string, port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(NEXT, ["start", "-p", String(port)], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: "ignore",
  });
  await waitFor(`http://localhost:${port}/`);
  return child;
}

/** Resolves when `url` answers at all, or fails after `seconds`. */
export async function waitFor(url: string, seconds = 60): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

/** Where benchmarks keep what they generate (ignored by git). */
export const WORK = path.join(ROOT, ".bench");

/**
 * A copy of the project's committed files in .bench/<name>, without `leaveOut`, sharing the project's
 * node_modules: to build the site as it would be without one file, in the same run. Returns its folder.
 */
export function projectCopy(name: string, leaveOut: string[]): string {
  const dir = path.join(WORK, name);
  rmSync(dir, { recursive: true, force: true });
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" }).split("\0");
  for (const file of files.filter((file) => file && !leaveOut.includes(file))) {
    cpSync(path.join(ROOT, file), path.join(dir, file), { recursive: true });
  }
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
  return dir;
}

/**
 * A bare Next.js app (one page saying hello, the framework's floor) in .bench/, so that it builds
 * with this project's installed Next.js and React. Returns its folder.
 */
export function bareNextApp(): string {
  const dir = path.join(WORK, "bare-next");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "app"), { recursive: true });
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ private: true }));
  // Its own (empty) configuration: without one, Next.js would take the project's from the folder above.
  writeFileSync(path.join(dir, "next.config.mjs"), "export default {};\n");
  // And its own (empty) instrumentation: without one, Next.js builds the project's, found from the
  // Turbopack root the two share (the folder with the lockfile), with all that it imports.
  writeFileSync(path.join(dir, "instrumentation.js"), "export function register() {}\n");
  writeFileSync(
    path.join(dir, "app", "layout.jsx"),
    `export const metadata = { title: "Bare", description: "A bare Next.js page." };
export default function Layout({ children }) { return <html lang="en"><body>{children}</body></html>; }
`,
  );
  writeFileSync(
    path.join(dir, "app", "page.jsx"),
    `export default function Page() { return <main><h1>Hello</h1><p>A bare Next.js page, the framework's floor.</p></main>; }
`,
  );
  return dir;
}

/** Formats a table of rows for the terminal. */
export function table(rows: (string | number)[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  return rows.map((row) => row.map((cell, column) => String(cell).padEnd(widths[column])).join("  ")).join("\n");
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
export function treeRss(pid: number): number {
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

/** A mid-range phone's window, as the benchmarks that load pages on a phone use it. */
export const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 2.625 } as const;

/**
 * Makes the page behind `cdp` load like a mid-range phone on a slow network, with an empty cache:
 * 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, a 4× slower CPU.
 */
export async function throttleAsPhone(cdp: CDPSession): Promise<void> {
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
}
