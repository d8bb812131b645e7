import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { aptInstall, onPath, tryRun } from "./system";

/** Flags for a headless Chromium on a closed network, run as root in CI. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
];

const SYSTEM_CHROMIUM = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"];

/**
 * The Chromium the tests drive: `CHROMIUM_PATH` if set, then Playwright's own download, then the
 * system's. `undefined` means none was found.
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return bundled;
  for (const name of SYSTEM_CHROMIUM) {
    const found = onPath(name);
    if (found) return found;
  }
  return undefined;
}

/** Finds a Chromium, installing one when there is none (Playwright's installer, then apt as root). */
export function ensureChromium(): string {
  let found = findChromium();
  if (found) return found;
  console.log("No Chromium found: installing one for the tests.");
  tryRun("npx playwright install chromium");
  found = findChromium();
  if (!found && aptInstall("chromium")) found = findChromium();
  if (!found) {
    throw new Error(
      "No Chromium for the tests. Install one (npx playwright install chromium, or your system's chromium package) or set CHROMIUM_PATH.",
    );
  }
  return found;
}
