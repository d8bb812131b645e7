import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, ensureChromium } from "./lib/dev/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: "list",
  // Room for a shared, busy machine: a test's time is not what it checks (speed goals are benchmarks).
  timeout: 60_000,
  use: {
    baseURL: BASE_URL,
    ...devices["Desktop Chrome"],
    viewport: { width: 1280, height: 900 },
    launchOptions: { executablePath: ensureChromium(), args: CHROMIUM_ARGS },
    trace: "retain-on-failure",
    // Each test starts with an empty browser; the offline tests allow the service worker they test.
    serviceWorkers: "block",
  },
  projects: [
    // The fixture site, so that editing an article or a glossary entry never breaks a test.
    { name: "site", testIgnore: /publish(ed)?\.spec\.ts/ },
    // The static export of content/: the seed article's own checks. After the rest, so that its
    // build does not slow the site's interactions.
    { name: "published", testMatch: /published\.spec\.ts/, dependencies: ["site"] },
    // Publishing on servers of their own, with a build of their own: after the rest too.
    { name: "publish", testMatch: /publish\.spec\.ts/, dependencies: ["site"] },
  ],
  // The fixture site's production build, served as readers get it.
  webServer: {
    command: `npm run build && npx next start -p ${PORT}`,
    url: BASE_URL,
    // Links and previews are built with the address the tests read the site at.
    // Short lists, so that the fixture site's few articles fill more than one page of each; and the
    // two newest articles written at build time, so that the others render on their first request.
    env: {
      SITE_URL: BASE_URL,
      CONTENT_DIR: "tests/fixtures/site",
      HOME_ARTICLES: "3",
      PAGE_SIZE: "2",
      FEED_ARTICLES: "2",
      TERM_ARTICLES: "2",
      SEARCH_RESULTS: "2",
      OFFLINE_ARTICLES: "2",
      PRERENDER_ARTICLES: "2",
    },
    timeout: 240_000,
    reuseExistingServer: !process.env.CI,
    stdout: "ignore",
    stderr: "pipe",
  },
});
