import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { JSDOM } from "jsdom";
import { afterEach, describe, expect, test } from "vitest";
import { offlineManifest } from "@/lib/offline/manifest";
import { sidebarEntryId } from "@/lib/paths";
import { HEAD_SCRIPT } from "@/lib/preferences/head-script";
import {
  KNOWN_TERMS_KEY,
  KNOWN_TERMS_SELECTORS,
  KNOWN_TERMS_STYLE_ID,
  knownTermsCss,
  parseKnownTerms,
} from "@/lib/known-terms/known-terms";
import {
  parseReading,
  READING_KEY,
  READING_LIMIT,
  READING_SELECTORS,
  READING_STYLE_ID,
  readingCss,
  recordPlace,
} from "@/lib/reading/reading";

describe("terms the reader knows", () => {
  test("a saved list is read without repeats, and anything else is no list", () => {
    expect(parseKnownTerms('["cpu","gpu","cpu"]')).toEqual(["cpu", "gpu"]);
    expect(parseKnownTerms('["cpu","</style><script>",7,"a b","Gpu"]')).toEqual(["cpu"]);
    expect(parseKnownTerms("{")).toEqual([]);
    expect(parseKnownTerms('{"cpu":true}')).toEqual([]);
    expect(parseKnownTerms(null)).toEqual([]);
  });

  test("the rules make the mentions plain, and take the sidebar entries out of view on screen only", () => {
    expect(knownTermsCss([], KNOWN_TERMS_SELECTORS)).toBe("");
    const css = knownTermsCss(["cpu", "aws-graviton"], KNOWN_TERMS_SELECTORS);
    expect(css).toContain('html:not([data-explain="all"]) a.term[data-term="cpu"]');
    expect(css).toContain('a.term[data-term="aws-graviton"]');
    const screen = css.slice(css.indexOf("@media screen"));
    expect(screen).toContain(`#${sidebarEntryId("cpu")}`);
    expect(screen).toContain(`#${sidebarEntryId("aws-graviton")}`);
    expect(screen).toContain(".known-terms{display:block}");
    expect(css.slice(0, css.indexOf("@media screen"))).not.toContain("#glossary-");
  });
});

describe("where the reader left off", () => {
  test("a saved reading keeps only well-formed places", () => {
    const saved = JSON.stringify({
      "a-story": { at: "p-the-deal", read: false, time: 5 },
      "read-one": { at: "the-deal", read: true, time: 6 },
      "Bad Slug": { at: "p-x", read: false, time: 1 },
      "bad-place": { at: '"]{}', read: false, time: 1 },
      "no-time": { at: "p-x", read: false },
    });
    expect(parseReading(saved)).toEqual({
      "a-story": { at: "p-the-deal", read: false, time: 5 },
      "read-one": { at: "the-deal", read: true, time: 6 },
    });
    expect(parseReading("[1]")).toEqual({});
    expect(parseReading("nonsense")).toEqual({});
  });

  test("an article once read stays read, and past the limit the one read longest ago is forgotten", () => {
    let reading = recordPlace({}, "story", { at: "p-end", read: true, time: 1 });
    reading = recordPlace(reading, "story", { at: "p-start", read: false, time: 2 });
    expect(reading.story).toEqual({ at: "p-start", read: true, time: 2 });
    for (let index = 0; index < READING_LIMIT; index++) {
      reading = recordPlace(reading, `other-${index}`, { at: "p-x", read: false, time: 10 + index });
    }
    expect(Object.keys(reading)).toHaveLength(READING_LIMIT);
    expect(reading.story).toBeUndefined();
    expect(reading["other-0"]).toBeDefined();
  });

  test("lists mark articles read and partly read", () => {
    const css = readingCss(
      {
        done: { at: "p-x", read: true, time: 1 },
        half: { at: "p-y", read: false, time: 2 },
      },
      READING_SELECTORS,
    );
    expect(css).toContain('li[data-slug="done"] .meta::after{content:" · Read"}');
    expect(css).toContain('li[data-slug="half"] .meta::after{content:" · Partly read"}');
    expect(readingCss({}, READING_SELECTORS)).toBe("");
  });
});

test("the head script applies saved preferences, known terms and read marks before the page's scripts", () => {
  const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", {
    url: "https://gloss.example/",
    runScripts: "outside-only",
  });
  const { localStorage, document } = dom.window;
  localStorage.setItem("gloss:preferences", JSON.stringify({ explain: "none", theme: "dark", size: "huge" }));
  localStorage.setItem(KNOWN_TERMS_KEY, JSON.stringify(["gpu", "cpu"]));
  localStorage.setItem(READING_KEY, JSON.stringify({ story: { at: "p-x", read: true, time: 1 } }));
  dom.window.eval(HEAD_SCRIPT);
  const root = document.documentElement;
  expect(root.getAttribute("data-explain")).toBe("none");
  expect(root.getAttribute("data-theme")).toBe("dark");
  expect(root.hasAttribute("data-size")).toBe(false);
  // Written through the CSS object model (an empty <style> and its rules), as the policy allows.
  const rules = (id: string) => {
    const style = document.getElementById(id) as HTMLStyleElement;
    expect(style.textContent).toBe("");
    return [...style.sheet!.cssRules].map((rule) => same(rule.cssText));
  };
  // As the object model writes a rule back: without white space, a last declaration with its ";".
  const same = (css: string) => css.replace(/\s+/g, "").replace(/;?}/g, ";}").replace(/};}/g, "}}");
  const known = knownTermsCss(["gpu", "cpu"], KNOWN_TERMS_SELECTORS);
  expect(rules(KNOWN_TERMS_STYLE_ID)).toHaveLength(2); // The marks, and an @media block of its own rules.
  expect(rules(KNOWN_TERMS_STYLE_ID).join("")).toBe(same(known));
  const read = readingCss({ story: { at: "p-x", read: true, time: 1 } }, READING_SELECTORS);
  expect(rules(READING_STYLE_ID).join("")).toBe(same(read));
});

describe("the service worker's list for a build", () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function build() {
    root = mkdtempSync(path.join(tmpdir(), "gloss-offline-"));
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    };
    write("static/chunks/app-1a2b.js", "js");
    write("static/chunks/app-1a2b.js.br", "br");
    write("static/chunks/app-1a2b.js.map", "map");
    write("static/build-7/_buildManifest.js", "manifest");
    write("html/index.html", "home");
    write("html/glossary.html", "glossary");
    write("html/offline.html", "offline");
    write("html/articles/story.html", "story");
    write("pagefind/pagefind.js", "script");
    write("pagefind/pagefind-entry.json", "{}");
    write("pagefind/vocabulary.txt", "graviton 2 n\n");
    write("pagefind/shard-keys.json", "{}");
    write("pagefind/archive-0/pagefind-entry.json", "{}");
    write("pagefind/archive-0/vocabulary.txt", "graviton 1 n\n");
    return {
      write,
      input: {
        staticDir: path.join(root, "static"),
        htmlRoot: path.join(root, "html"),
        siteFiles: ["/icon.svg"],
        pages: ["/", "/glossary", "/articles/story"],
        searchDir: path.join(root, "pagefind"),
        searchKeepBytes: 1024,
      },
    };
  }

  test("holds the build's scripts (no compressed copies or maps), its icons, pages and offline page", () => {
    const { input } = build();
    const manifest = offlineManifest(input);
    expect(manifest.assets).toEqual([
      { url: "/_next/static/build-7/_buildManifest.js", revision: null },
      { url: "/_next/static/chunks/app-1a2b.js", revision: null },
      { url: "/icon.svg", revision: manifest.version },
    ]);
    expect(manifest.pages).toEqual(["/", "/glossary", "/articles/story"]);
    expect(manifest.offline.url).toBe("/offline");
  });

  test("is a new version when a kept page or the scripts change, and the same for the same build", () => {
    const { input, write } = build();
    const first = offlineManifest(input).version;
    expect(offlineManifest(input).version).toBe(first);
    write("html/articles/story.html", "story, corrected");
    const second = offlineManifest(input).version;
    expect(second).not.toBe(first);
    write("static/chunks/app-3c4d.js", "js");
    expect(offlineManifest(input).version).not.toBe(second);
  });

  test("holds the whole search index when it is small enough, less the files the search page never asks for", () => {
    const { input, write } = build();
    expect(offlineManifest(input).search).toEqual([
      "/pagefind/archive-0/pagefind-entry.json",
      "/pagefind/pagefind-entry.json",
      "/pagefind/pagefind.js",
      "/pagefind/vocabulary.txt",
    ]);
    const whole = offlineManifest(input).version;
    write("pagefind/pf_fragment/en_1.pf_fragment", "x".repeat(2000));
    const large = offlineManifest(input);
    expect(large.search).toEqual([]);
    expect(large.version).not.toBe(whole);
    expect(offlineManifest({ ...input, searchDir: path.join(input.searchDir, "missing") }).search).toEqual([]);
  });

  test("names the file of a kept page the build lacks", () => {
    const { input } = build();
    expect(() => offlineManifest({ ...input, pages: [...input.pages, "/articles/missing"] })).toThrow(
      /articles\/missing\.html/,
    );
  });
});
