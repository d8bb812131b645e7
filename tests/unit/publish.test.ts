import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { StoreReader } from "@/lib/content/store/queries";
import { syncStore } from "@/lib/content/store/sync";
import { ContentError } from "@/lib/content/problems";
import { affectedPaths } from "@/lib/publish/affected";
import { offThread } from "@/lib/publish/off-thread";
import { VOCABULARY_FILE } from "@/lib/search/fields";

/** A copy of the fixture site (6 articles, 13 terms), its store made; pages of two articles. */
const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

async function site() {
  const root = mkdtempSync(path.join(tmpdir(), "gloss-publish-unit-"));
  roots.push(root);
  cpSync("tests/fixtures/site", root, { recursive: true });
  await syncStore(root);
  return root;
}

/** The paths a sync of `root` marks, after `change`. */
async function pathsAfter(root: string, change: () => void): Promise<string[]> {
  change();
  const report = await syncStore(root);
  const store = StoreReader.open(root)!;
  try {
    return affectedPaths(report, store, { pageSize: 2 });
  } finally {
    store.close();
  }
}

const file = (root: string, folder: string, id: string) => path.join(root, folder, `${id}.md`);

describe("the pages a publish marks", () => {
  test("a new article: its page, the lists that show it from where it stands, the feeds, and no other month", async () => {
    const root = await site();
    const source = readFileSync(file(root, "articles", "a-week-of-price-cuts"), "utf8");
    const paths = await pathsAfter(root, () =>
      writeFileSync(
        file(root, "articles", "late-may"),
        source.replace(/^title: .*$/m, 'title: "Late in May"').replace(/^date: .*$/m, "date: 2026-05-30"),
      ),
    );
    expect(paths).toEqual(
      expect.arrayContaining([
        "/articles/late-may",
        "/og/late-may.png",
        "/",
        "/archive",
        "/archive/2026/05",
        "/feed.xml",
        "/atom.xml",
        "/sitemap.xml",
        "/glossary",
      ]),
    );
    // The terms it links: their pages, and the last pages of their articles, where it lands.
    const store = StoreReader.open(root)!;
    const terms = store.article("late-may")!.terms;
    const cpuPages = Math.ceil(store.termCount("cpu") / 2);
    store.close();
    expect(terms).toContain("cpu");
    expect(paths).toContain("/glossary/cpu");
    expect(paths).toContain(`/glossary/cpu/${cpuPages}`);
    expect(paths).not.toContain("/glossary/cpu/1");
    expect(
      paths.filter((address) => /^\/archive\/\d+\/\d+/.test(address) && !address.startsWith("/archive/2026/05")),
    ).toEqual([]);
  });

  test("a change to an article's text alone marks its own page, and the lists only when what they show changes", async () => {
    const root = await site();
    const quiet = await pathsAfter(root, () =>
      writeFileSync(
        file(root, "articles", "an-arm-laptop-review"),
        readFileSync(file(root, "articles", "an-arm-laptop-review"), "utf8").replace("run slowly", "run sluggishly"),
      ),
    );
    // Its page and image, and the pages whose related reading lists it: no list of articles.
    expect(quiet).toEqual(expect.arrayContaining(["/articles/an-arm-laptop-review", "/og/an-arm-laptop-review.png"]));
    expect(quiet.filter((address) => !address.startsWith("/articles/") && !address.startsWith("/og/"))).toEqual([]);
    // A dek is shown in lists: a change to it marks them.
    const listed = await pathsAfter(root, () =>
      writeFileSync(
        file(root, "articles", "an-arm-laptop-review"),
        readFileSync(file(root, "articles", "an-arm-laptop-review"), "utf8").replace(/^dek: .*$/m, 'dek: "A new dek."'),
      ),
    );
    expect(listed).toEqual(expect.arrayContaining(["/", "/archive/2026/04", "/feed.xml"]));
    // It kept its place in every list: of each list, only the page it is on, not the pages after it.
    const store = StoreReader.open(root)!;
    const { terms, date, title } = store.article("an-arm-laptop-review")!;
    const pageOf = (term: string) => Math.floor(store.placeInTerm(term, date, title) / 2) + 1;
    const expected = terms.map((term) => `/glossary/${term}/${pageOf(term)}`).sort();
    const longest = Math.max(...terms.map((term) => Math.ceil(store.termCount(term) / 2)));
    store.close();
    expect(longest).toBeGreaterThan(1);
    expect(listed.filter((address) => /^\/glossary\/[^/]+\/\d+$/.test(address)).sort()).toEqual(expected);
    expect(listed.filter((address) => address.startsWith("/archive/2026/04"))).toEqual(["/archive/2026/04"]);
  });

  test("a removed article: its page (now a 404) and every list it left", async () => {
    const root = await site();
    const paths = await pathsAfter(root, () => unlinkSync(file(root, "articles", "a-short-note-on-training")));
    expect(paths).toEqual(
      expect.arrayContaining(["/articles/a-short-note-on-training", "/", "/archive/2026/03", "/glossary/training"]),
    );
  });

  test("a glossary entry: its page, the glossary, and every article that links it", async () => {
    const root = await site();
    const store = StoreReader.open(root)!;
    const linking = store.linking("gpu");
    store.close();
    const paths = await pathsAfter(root, () =>
      appendFileSync(file(root, "glossary", "gpu"), "\nOne more sentence of explanation.\n"),
    );
    expect(paths).toEqual(
      expect.arrayContaining(["/glossary/gpu", "/glossary", ...linking.map((slug) => `/articles/${slug}`)]),
    );
    expect(linking.length).toBeGreaterThan(1);
  });
});

describe("the publish worker", () => {
  test("syncs the store and indexes it for search, each on a thread of its own, and answers as the functions do", async () => {
    const root = await site();
    writeFileSync(
      file(root, "articles", "late-may"),
      readFileSync(file(root, "articles", "a-week-of-price-cuts"), "utf8").replace(
        /^title: .*$/m,
        'title: "Late in May"',
      ),
    );
    const sync = await offThread({ kind: "sync", root, pageSize: 2 });
    expect(sync.thread).toBeGreaterThan(0);
    expect(sync.result.rendered).toEqual(["late-may"]);
    const store = StoreReader.open(root)!;
    expect(store.article("late-may")?.title).toBe("Late in May");
    // The pages to mark come with it, as this thread would list them from the store it left.
    expect(sync.result.affected).toContain("/articles/late-may");
    expect(sync.result.affected).toEqual(affectedPaths(sync.result, store, { pageSize: 2 }));
    store.close();

    const outputDir = path.join(root, "pagefind");
    const search = await offThread({ kind: "search", root, outputDir, shardArticles: 4 });
    // A sync never waits behind a search index being rebuilt.
    expect(search.thread).toBeGreaterThan(0);
    expect(search.thread).not.toBe(sync.thread);
    expect(search.result.articles).toBe(7);
    // The new article's title is among the words the index holds.
    expect(readFileSync(path.join(outputDir, VOCABULARY_FILE), "utf8")).toMatch(/^late\b/m);
  }, 60_000);

  test("a content problem comes back as the ContentError that names the file and field, and nothing changes", async () => {
    const root = await site();
    const before = StoreReader.open(root)!;
    const generation = before.generation();
    before.close();
    writeFileSync(
      file(root, "articles", "a-week-of-price-cuts"),
      readFileSync(file(root, "articles", "a-week-of-price-cuts"), "utf8").replace(/^date: .*$/m, "date: someday"),
    );
    const failed = await offThread({ kind: "sync", root, pageSize: 2 }).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(ContentError);
    expect((failed as ContentError).problems.join("\n")).toMatch(
      /a-week-of-price-cuts\.md[\s\S]*date \(line \d+\): Expected a date/,
    );
    const after = StoreReader.open(root)!;
    expect(after.generation()).toBe(generation);
    after.close();
  }, 60_000);
});
