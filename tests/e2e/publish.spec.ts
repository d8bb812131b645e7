import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { ensureCommand } from "../../lib/dev/system";
import { freePort, runToEnd, startNext, type RunningServer } from "../support/next-server";
import { expectOwnPolicy } from "../support/policy";

/**
 * Publishing on a running production server, on a copy of the fixture site with a build of its own
 * (so that nothing here touches the other tests' server): new, changed, corrected, broken and
 * removed articles and a changed glossary entry go live through POST /api/publish, and only with
 * the secret; then two servers sharing one cache through Redis.
 */
const BUILD = ".e2e/publish-build";
const SECRET = "a-secret-for-the-tests";
let content: string;
let env: Record<string, string>;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  content = mkdtempSync(path.join(tmpdir(), "gloss-publish-"));
  cpSync("tests/fixtures/site", content, { recursive: true });
  rmSync(".e2e/publish-build", { recursive: true, force: true });
  env = {
    CONTENT_DIR: content,
    GLOSS_DIST_DIR: BUILD,
    GLOSS_SITE_ROOT: ".e2e/publish-public",
    PUBLISH_SECRET: SECRET,
    HOME_ARTICLES: "3",
    PAGE_SIZE: "2",
    FEED_ARTICLES: "2",
    TERM_ARTICLES: "2",
    PRERENDER_ARTICLES: "2",
  };
  const tsx = path.resolve("node_modules/.bin/tsx");
  await runToEnd(tsx, ["lib/commands/sync-content.ts"], env);
  await runToEnd(path.resolve("node_modules/.bin/next"), ["build"], env);
});

test.afterAll(() => rmSync(content, { recursive: true, force: true }));

const article = (slug: string) => path.join(content, "articles", `${slug}.md`);
const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(file, change(readFileSync(file, "utf8")));

/** POST /api/publish with `secret` (none: `null`), as `npm run publish` does. */
async function publishTo(server: RunningServer, secret: string | null = SECRET) {
  const response = await fetch(`${server.origin}/api/publish`, {
    method: "POST",
    headers: secret ? { authorization: `Bearer ${secret}` } : {},
  });
  return { status: response.status, body: await response.json() };
}

/** The page's text, once it holds (or no longer holds) `words`: readers see a publish within seconds. */
async function eventually(server: RunningServer, address: string, words: string, present = true) {
  await expect
    .poll(async () => (await (await fetch(`${server.origin}${address}`)).text()).includes(words), {
      message: `${address} ${present ? "shows" : "no longer shows"} “${words}”`,
      timeout: 10_000,
    })
    .toBe(present);
}

const NEW_STORY = `---
title: "A newer lab opens its doors"
dek: "A second lab starts testing CPUs and GPUs side by side."
date: 2026-05-20
author:
  name: "Fixture Desk"
---

## The opening {#opening}

The new lab, in Wexford, runs its first tests on a rack of CPU servers and a rack of GPU machines.
`;

test.describe("one server", () => {
  let server: RunningServer;
  test.beforeAll(async () => {
    server = await startNext(env);
  });
  test.afterAll(async () => server?.close());

  test("a publish without the secret is refused, and nothing changes", async () => {
    writeFileSync(article("a-newer-lab"), NEW_STORY);
    expect((await publishTo(server, null)).status).toBe(401);
    expect((await publishTo(server, "not-the-secret")).status).toBe(401);
    expect((await fetch(`${server.origin}/articles/a-newer-lab`)).status).toBe(404);
    expect(await (await fetch(`${server.origin}/`)).text()).not.toContain("A newer lab opens its doors");
  });

  test("a new article is live on its page, the home page, its month, its terms' pages and the feeds", async () => {
    const { status, body } = await publishTo(server);
    expect(status).toBe(200);
    expect(body).toMatchObject({ published: true, rendered: ["a-newer-lab"], removed: [] });
    expect(body.revalidated).toEqual(
      expect.arrayContaining(["/articles/a-newer-lab", "/", "/archive/2026/05", "/glossary/cpu", "/feed.xml"]),
    );
    // Nothing else: an article that does not list it, and a month it is not in, are left alone.
    expect(body.revalidated).not.toContain("/archive/2026/03");
    for (const address of [
      "/articles/a-newer-lab",
      "/",
      "/archive/2026/05",
      "/glossary/cpu",
      "/feed.xml",
      "/atom.xml",
    ]) {
      await eventually(server, address, "A newer lab opens its doors");
    }
    // The sync ran in the server's publish worker, not on the thread that answers readers.
    expect(server.output()).not.toContain("on the server's own thread");
  });

  test("search finds the new article once its index is rebuilt in the background", async ({ page }) => {
    await expect
      .poll(
        async () => {
          await page.goto(`${server.origin}/search?q=Wexford`);
          return page
            .locator(".search-articles h3", { hasText: "A newer lab opens its doors" })
            .waitFor({ timeout: 2000 })
            .then(
              () => true,
              () => false,
            );
        },
        { timeout: 60_000 },
      )
      .toBe(true);
  });

  test("a changed sentence, then a correction, show on the page; the feeds carry the update", async ({ request }) => {
    edit(article("a-newer-lab"), (text) => text.replace("runs its first tests", "ran its first tests last week"));
    expect((await publishTo(server)).body.rendered).toEqual(["a-newer-lab"]);
    await eventually(server, "/articles/a-newer-lab", "ran its first tests last week");

    edit(article("a-newer-lab"), (text) =>
      text.replace(
        "date: 2026-05-20\n",
        'date: 2026-05-20\ncorrections:\n  - date: 2026-05-22\n    note: "The lab opened on a Wednesday, not a Tuesday."\n',
      ),
    );
    await publishTo(server);
    await eventually(server, "/articles/a-newer-lab", "The lab opened on a Wednesday");
    await eventually(server, "/articles/a-newer-lab", "Updated");
    await eventually(server, "/atom.xml", "<updated>2026-05-22T00:00:00.000Z</updated>");
    // Rendered again, the page comes with the hashes of its new scripts (its page data changed).
    await expectOwnPolicy(await request.get(`${server.origin}/articles/a-newer-lab`), "the corrected article");
  });

  test("a broken file changes nothing readers see, is named with its line and field, and goes live when fixed", async () => {
    edit(article("why-labs-rent-gpus"), (text) => text.replace(/^date: .*$/m, "date: next week"));
    const { status, body } = await publishTo(server);
    expect(status).toBe(422);
    const problem =
      /why-labs-rent-gpus\.md: frontmatter does not match the article schema\n {2}date \(line \d+\): Expected a date, received "next week"/;
    expect(body.problems.join("\n")).toMatch(problem);
    expect(server.output()).toContain("why-labs-rent-gpus.md");
    // The editor's command says the same, and fails.
    const command = await runToEnd(path.resolve("node_modules/.bin/tsx"), ["lib/commands/publish.ts"], {
      PUBLISH_SECRET: SECRET,
      PUBLISH_URL: server.origin,
    }).then(
      () => "",
      (error: Error) => error.message,
    );
    expect(command).toMatch(problem);
    expect(command).toContain("nothing was published. Fix the problem above and publish again.");
    const page = await (await fetch(`${server.origin}/articles/why-labs-rent-gpus`)).text();
    expect(page).toContain("Why small labs rent their GPUs");

    edit(article("why-labs-rent-gpus"), (text) =>
      text
        .replace("date: next week", "date: 2026-04-09")
        .replace(/^title: .*$/m, 'title: "Why small labs still rent their GPUs"'),
    );
    const published = await runToEnd(path.resolve("node_modules/.bin/tsx"), ["lib/commands/publish.ts"], {
      PUBLISH_SECRET: SECRET,
      PUBLISH_URL: server.origin,
    });
    expect(published).toMatch(/Published in [\d.]+ s: articles rendered why-labs-rent-gpus; removed none;/);
    await eventually(server, "/articles/why-labs-rent-gpus", "Why small labs still rent their GPUs");
  });

  test("a removed article is a 404 and leaves every list", async () => {
    unlinkSync(article("a-newer-lab"));
    expect((await publishTo(server)).body.removed).toEqual(["a-newer-lab"]);
    await expect.poll(async () => (await fetch(`${server.origin}/articles/a-newer-lab`)).status).toBe(404);
    for (const address of ["/", "/archive/2026/05", "/feed.xml"]) {
      await eventually(server, address, "A newer lab opens its doors", false);
    }
  });

  test("a changed glossary entry: an article that uses it shows the new definition", async () => {
    const gpu = path.join(content, "glossary", "gpu.md");
    edit(gpu, (text) =>
      text.replace(/^short: .*$/m, 'short: "A chip that does thousands of small sums at the same time."'),
    );
    const { body } = await publishTo(server);
    expect(body.terms).toEqual(["gpu"]);
    expect(body.revalidated).toEqual(expect.arrayContaining(["/glossary/gpu", "/articles/inside-the-chip-lab"]));
    await eventually(
      server,
      "/articles/inside-the-chip-lab",
      "A chip that does thousands of small sums at the same time.",
    );
  });
});

test.describe("two servers, one cache in Redis", () => {
  let redis: ChildProcess;
  let redisPort: number;
  let redisFolder: string;
  let servers: RunningServer[] = [];

  const startRedis = () => {
    redis = spawn(
      ensureCommand("redis-server", "redis-server"),
      ["--port", String(redisPort), "--save", "", "--appendonly", "no", "--dir", redisFolder],
      { stdio: "ignore" },
    );
  };

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    redisPort = await freePort();
    redisFolder = mkdtempSync(path.join(tmpdir(), "gloss-redis-"));
    startRedis();
    // Each instance has a build folder, and so a content store, of its own, as on two machines.
    rmSync(`${BUILD}-b`, { recursive: true, force: true });
    cpSync(BUILD, `${BUILD}-b`, { recursive: true });
    const withRedis = { ...env, REDIS_URL: `redis://127.0.0.1:${redisPort}` };
    servers = [await startNext(withRedis), await startNext({ ...withRedis, GLOSS_DIST_DIR: `${BUILD}-b` })];
  });

  test.afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()));
    redis?.kill();
    rmSync(redisFolder, { recursive: true, force: true });
    rmSync(`${BUILD}-b`, { recursive: true, force: true });
  });

  test("a publish through one is read from the other; without Redis both keep serving, and catch up when it returns", async ({
    request,
  }) => {
    const [one, other] = servers;
    // The other server has the home page cached before the publish.
    expect(await (await fetch(`${other.origin}/`)).text()).not.toContain("A second newer lab");
    writeFileSync(
      article("a-second-newer-lab"),
      NEW_STORY.replace("A newer lab opens its doors", "A second newer lab").replace("2026-05-20", "2026-05-21"),
    );
    const { body } = await publishTo(one);
    expect(body).toMatchObject({
      rendered: ["a-second-newer-lab"],
      instances: { instances: 2, updated: 2, problems: [] },
    });
    await eventually(other, "/", "A second newer lab");
    await eventually(other, "/articles/a-second-newer-lab", "A second newer lab");
    // From the cache the two share, with its own policy.
    await expectOwnPolicy(await request.get(`${other.origin}/articles/a-second-newer-lab`), "a page from Redis");

    redis.kill();
    await new Promise((resolve) => redis.once("exit", resolve));
    for (const server of servers) {
      for (const address of ["/", "/articles/a-second-newer-lab", "/articles/inside-the-chip-lab"]) {
        expect((await fetch(`${server.origin}${address}`)).status, `${server.origin}${address}`).toBe(200);
      }
    }
    // A publish while Redis is away reaches the instance that takes it; the other catches up on its return.
    edit(article("a-second-newer-lab"), (text) => text.replace("A second newer lab", "A second lab, renamed"));
    expect((await publishTo(one)).body).toMatchObject({ published: true, instances: null });
    await eventually(one, "/articles/a-second-newer-lab", "A second lab, renamed");
    startRedis();
    await eventually(other, "/articles/a-second-newer-lab", "A second lab, renamed");
    await eventually(other, "/", "A second lab, renamed");
    expect(other.output()).toContain("Back in touch with Redis");
  });
});
