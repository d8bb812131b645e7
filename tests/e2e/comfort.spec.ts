import { expect, test, type Page } from "@playwright/test";
import { ARTICLE, ARTICLE_SLUG, BIO, DATE } from "../support/site";

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test.describe("preferences", () => {
  test("a reader sets a large, dark, narrow page once and finds it that way next time", async ({ page }) => {
    await page.goto(ARTICLE);
    const display = page.getByRole("button", { name: "Display" });
    await display.focus();
    await page.keyboard.press("Enter");
    await expect(display).toHaveAttribute("aria-expanded", "true");
    const sizes = page.getByRole("group", { name: "Text size" }).getByRole("radio");
    await expect(sizes).toHaveCount(5);
    await page.getByRole("group", { name: "Text size" }).getByRole("radio", { name: "Largest" }).check();
    await page.getByRole("group", { name: "Theme" }).getByRole("radio", { name: "Dark" }).check();
    await page.getByRole("group", { name: "Line width" }).getByRole("radio", { name: "Narrow" }).check();
    expect(await background(page)).toBe("rgb(20, 19, 18)");
    await page.keyboard.press("Escape");
    await expect(display).toHaveAttribute("aria-expanded", "false");
    await expect(display).toBeFocused();

    await page.goto("/glossary");
    const root = page.locator("html");
    await expect(root).toHaveAttribute("data-theme", "dark");
    await expect(root).toHaveAttribute("data-size", "xxl");
    await expect(root).toHaveAttribute("data-width", "narrow");
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe("24px");
    expect(await background(page)).toBe("rgb(20, 19, 18)");
    await page.getByRole("button", { name: "Display" }).click();
    await expect(page.getByRole("radio", { name: "Dark" })).toBeChecked();
  });

  test("saved preferences apply before the page's scripts run, so nothing flashes", async ({ page }) => {
    await page.addInitScript(() =>
      localStorage.setItem("gloss:preferences", JSON.stringify({ theme: "sepia", size: "l", width: "wide" })),
    );
    // Without the app's scripts, only the inline head script can have applied them.
    await page.route(/\/_next\/static\/.*\.js(\?.*)?$/, (route) => route.abort());
    await page.goto(ARTICLE);
    await expect(page.locator("html")).toHaveAttribute("data-theme", "sepia");
    await expect(page.locator("html")).toHaveAttribute("data-size", "l");
    expect(await background(page)).toBe("rgb(245, 237, 218)");
  });

  test("values that are not preferences are ignored", async ({ page }) => {
    await page.addInitScript(() =>
      localStorage.setItem("gloss:preferences", JSON.stringify({ theme: "neon", size: '"><script>' })),
    );
    await page.goto(ARTICLE);
    await expect(page.locator("html")).not.toHaveAttribute("data-theme", /.*/);
    await expect(page.locator("html")).not.toHaveAttribute("data-size", /.*/);
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`with JavaScript off the page follows the system's ${scheme} theme`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(ARTICLE);
      expect(await background(page)).toBe(scheme === "dark" ? "rgb(20, 19, 18)" : "rgb(253, 252, 249)");
      await expect(page.getByRole("button", { name: "Display" })).toBeHidden();
      await context.close();
    });
  }
});

test("articles show their length and a reading-time range, in the list and on the page", async ({ page }) => {
  await page.goto("/");
  const meta = new RegExp(`^${DATE.shown} · \\d{3} words · \\d+–\\d+ min read$`);
  await expect(page.locator(".article-list .meta").first()).toHaveText(meta);
  await page.goto(ARTICLE);
  await expect(page.locator(".article-header .meta")).toHaveText(meta);
});

test.describe("listen", () => {
  /**
   * A stand-in for the browser's voice: records what it is asked to say, starts each utterance at
   * once and ends it when the test calls `speechEnd()`, so the test sets the pace.
   */
  const fakeSpeech = () => {
    const log: { text: string; rate: number }[] = [];
    const calls: string[] = [];
    let queue: SpeechSynthesisUtterance[] = [];
    let speaking: SpeechSynthesisUtterance | undefined;
    const startNext = () => {
      if (speaking || !queue.length) return;
      speaking = queue.shift()!;
      speaking.onstart?.(new Event("start") as SpeechSynthesisEvent);
    };
    const synth = {
      speak(utterance: SpeechSynthesisUtterance) {
        log.push({ text: utterance.text, rate: utterance.rate });
        queue.push(utterance);
        startNext();
      },
      pause: () => calls.push("pause"),
      resume: () => calls.push("resume"),
      cancel() {
        calls.push("cancel");
        queue = [];
        speaking = undefined;
      },
    };
    const speechEnd = () => {
      const done = speaking;
      speaking = undefined;
      done?.onend?.(new Event("end") as SpeechSynthesisEvent);
      startNext();
    };
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
    Object.assign(window, { spoken: log, speechCalls: calls, speechEnd });
  };

  const speechEnd = (page: Page, times = 1) =>
    page.evaluate((times) => {
      for (let i = 0; i < times; i++) (window as unknown as { speechEnd: () => void }).speechEnd();
    }, times);
  const spoken = (page: Page) =>
    page.evaluate(() => (window as unknown as { spoken: { text: string; rate: number }[] }).spoken);
  const calls = (page: Page) => page.evaluate(() => (window as unknown as { speechCalls: string[] }).speechCalls);

  test("reads the article aloud block by block, marking the one being read; pause, resume, stop", async ({ page }) => {
    await page.addInitScript(fakeSpeech);
    await page.goto(ARTICLE);
    await page.getByRole("button", { name: "Listen" }).click();
    await expect(page.locator("[data-speaking]")).toHaveText("The visit");
    await speechEnd(page);
    await expect(page.locator("[data-speaking]")).toHaveText(/^Engineers at the lab spend their days/);
    await expect(page.locator("[data-speaking]")).toBeInViewport();
    expect((await spoken(page))[0].text).toBe("The visit");

    await page.getByRole("button", { name: "Pause" }).click();
    expect(await calls(page)).toContain("pause");
    await page.getByRole("button", { name: "Resume" }).click();
    expect(await calls(page)).toContain("resume");

    await page.getByLabel("Speed").selectOption("1.5");
    await expect.poll(async () => (await spoken(page)).at(-1)!.rate).toBe(1.5);
    // The new speed restarts the block being read, then goes on from there.
    expect((await spoken(page)).at(-1)!.text).toMatch(/^Engineers at the lab/);
    await speechEnd(page);
    await expect(page.locator("[data-speaking]")).toHaveText(/^The lab's director explained/);

    await page.getByRole("button", { name: "Stop" }).click();
    await expect(page.locator("[data-speaking]")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Listen" })).toBeVisible();
  });

  test("keeps the block being read in view", async ({ page }) => {
    await page.addInitScript(fakeSpeech);
    await page.setViewportSize({ width: 1280, height: 500 });
    await page.goto(ARTICLE);
    await page.getByRole("button", { name: "Listen" }).click();
    await expect(page.locator("[data-speaking]")).toHaveText("The visit");
    // The first heading, two paragraphs, the next heading: then the first paragraph below the fold.
    await speechEnd(page, 4);
    await expect(page.locator("[data-speaking]")).toHaveText(/^A modern AI service does far more/);
    await expect(page.locator("[data-speaking]")).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });

  test("is not offered where the browser cannot speak", async ({ page }) => {
    await page.addInitScript(() => {
      delete (window as { speechSynthesis?: unknown }).speechSynthesis;
      Object.defineProperty(window, "speechSynthesis", { value: undefined });
    });
    await page.addInitScript(() => Reflect.deleteProperty(window, "SpeechSynthesisUtterance"));
    await page.goto(ARTICLE);
    await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Listen" })).toHaveCount(0);
  });
});

test.describe("feeds and discovery", () => {
  for (const [path, type, root] of [
    ["/feed.xml", "application/rss+xml", "rss"],
    ["/atom.xml", "application/atom+xml", "feed"],
  ] as const) {
    test(`${path} carries the full article with absolute links`, async ({ page, request, baseURL }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toContain(type);
      const xml = await response.text();
      const parsed = await page.evaluate(
        ({ xml }) => {
          const doc = new DOMParser().parseFromString(xml, "application/xml");
          const content = doc.querySelector("encoded, content")?.textContent ?? "";
          return { root: doc.documentElement.nodeName, error: doc.querySelector("parsererror")?.textContent, content };
        },
        { xml },
      );
      expect(parsed.error).toBeUndefined();
      expect(parsed.root).toBe(root);
      expect(parsed.content).toContain("Engineers at the lab spend their days running the same programs");
      expect(parsed.content).toContain(BIO);
      expect(parsed.content).toContain(`href="${baseURL}/articles/${ARTICLE_SLUG}#glossary-graviton"`);
      expect(parsed.content).not.toMatch(/href="[#/]/);
    });
  }

  for (const path of ["/", ARTICLE, "/glossary"]) {
    test(`${path} advertises both feeds, an icon and the manifest`, async ({ page, baseURL }) => {
      await page.goto(path);
      await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
        "href",
        `${baseURL}/feed.xml`,
      );
      await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
        "href",
        `${baseURL}/atom.xml`,
      );
      await expect(page.locator('link[rel="icon"]')).toHaveCount(1);
      await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
    });
  }

  test("the sitemap, robots.txt, icons and manifest answer", async ({ request, baseURL }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    for (const path of ["/", "/glossary", ARTICLE])
      expect(sitemap).toContain(`<loc>${baseURL}${path === "/" ? "/" : path}</loc>`);
    expect(await (await request.get("/robots.txt")).text()).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    expect((await request.get("/icon.svg")).headers()["content-type"]).toContain("image/svg+xml");
    expect((await request.get("/apple-icon.png")).headers()["content-type"]).toBe("image/png");
    const manifest = await (await request.get("/manifest.webmanifest")).json();
    expect(manifest).toMatchObject({ name: "Gloss", start_url: "/", display: "standalone" });
    for (const icon of manifest.icons as { src: string }[]) {
      const response = await request.get(icon.src);
      expect(response.status(), icon.src).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/png");
    }
  });
});
