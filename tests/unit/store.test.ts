import { spawn } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { ContentError } from "@/lib/content/problems";
import { storeFile } from "@/lib/content/store/db";
import { StoreReader } from "@/lib/content/store/queries";
import { syncStore } from "@/lib/content/store/sync";

/** A copy of the fixture site to change: 6 articles and 13 glossary entries. */
const TERMS = 13;
const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

function copySite(): string {
  const root = mkdtempSync(path.join(tmpdir(), "gloss-store-"));
  roots.push(root);
  cpSync("tests/fixtures/site", root, { recursive: true });
  return root;
}

/** Reads the store for `root` with `read`, and closes it. */
function reading<T>(root: string, read: (store: StoreReader) => T): T {
  const store = StoreReader.open(root)!;
  try {
    return read(store);
  } finally {
    store.close();
  }
}

const article = (root: string, slug: string) => path.join(root, "articles", `${slug}.md`);
/** Slugs of the articles that link `term`, as the store knows them. */
const linking = (root: string, term: string) =>
  reading(root, (store) => store.termArticles(term, 100, 0).map((summary) => summary.slug)).sort();

describe("the content store", () => {
  test("reads every file once, then only a file that changed; a file touched but unchanged is not rendered", async () => {
    const root = copySite();
    const first = await syncStore(root);
    expect(first).toMatchObject({ fresh: true, articles: 6, terms: TERMS, read: 6 + TERMS });
    expect(first.rendered).toHaveLength(6);

    const again = await syncStore(root);
    expect(again).toMatchObject({ fresh: false, read: TERMS, rendered: [], removed: [], termsChanged: [] });
    expect(again.generation).toBe(first.generation);

    appendFileSync(article(root, "why-labs-rent-gpus"), "\nA sentence added by an editor.\n");
    const changed = await syncStore(root);
    expect(changed).toMatchObject({ read: TERMS + 1, rendered: ["why-labs-rent-gpus"] });
    expect(changed.generation).toBe(first.generation + 1);
    expect(reading(root, (store) => store.article("why-labs-rent-gpus")!.html)).toContain("added by an editor");

    const later = new Date(Date.now() + 60_000);
    utimesSync(article(root, "an-arm-laptop-review"), later, later);
    expect(await syncStore(root)).toMatchObject({ read: TERMS + 1, rendered: [] });
  });

  test("a removed file leaves every index: the article, lists, months, terms and related reading", async () => {
    const root = copySite();
    await syncStore(root);
    const gone = "a-short-note-on-training";
    const terms = reading(root, (store) => store.article(gone)!.terms);
    rmSync(article(root, gone));
    expect(await syncStore(root)).toMatchObject({ removed: [gone], articles: 5 });
    reading(root, (store) => {
      expect(store.article(gone)).toBeUndefined();
      expect(store.newest(10).map((summary) => summary.slug)).not.toContain(gone);
      expect(store.months().map((month) => month.key)).not.toContain("2026-03");
      for (const term of terms) expect(store.termArticles(term, 100, 0).map((a) => a.slug)).not.toContain(gone);
      for (const { slug } of store.newest(10)) {
        expect(store.relatedTo(slug).map((summary) => summary.slug)).not.toContain(gone);
      }
      expect([...store.articleDates()].map((row) => row.slug)).not.toContain(gone);
    });
  });

  test("related reading's index made by one reader, as plain data through a thread's message, answers alike in another; one made before a change is refused", async () => {
    const root = copySite();
    await syncStore(root);
    const maker = StoreReader.open(root)!;
    const taker = StoreReader.open(root)!;
    try {
      const data = structuredClone(maker.relatedData());
      const slugs = maker.newest(10).map((summary) => summary.slug);
      const related = (store: StoreReader) => slugs.map((slug) => store.relatedTo(slug).map((a) => a.slug));
      expect(related(maker).flat().length).toBeGreaterThan(0);
      expect(taker.adoptRelated(data)).toBe(true);
      expect(related(taker)).toEqual(related(maker));
      expect(taker.listing(slugs[0], 10)).toEqual(maker.listing(slugs[0], 10));

      appendFileSync(article(root, "why-labs-rent-gpus"), "\nA sentence added by an editor.\n");
      await syncStore(root);
      const fresh = StoreReader.open(root)!;
      try {
        expect(fresh.adoptRelated(data)).toBe(false);
        expect(fresh.adoptRelated(fresh.relatedData())).toBe(true);
      } finally {
        fresh.close();
      }
    } finally {
      maker.close();
      taker.close();
    }
  });

  test("while a publish's worker makes the next index, a reader keeps the one it has; the taken index, or the wait's end, brings the new article in", async () => {
    const root = copySite();
    await syncStore(root);
    const reader = StoreReader.open(root)!;
    try {
      const old = "why-labs-rent-gpus";
      const before = reader.relatedTo(old).map((a) => a.slug);
      writeFileSync(
        article(root, "a-newer-story"),
        readFileSync(article(root, old), "utf8").replace(/^title: .*$/m, 'title: "A newer story"'),
      );
      reader.awaitRelated(true);
      await syncStore(root);
      // The index from before the change: the new article is in no one's related reading yet.
      expect(before).not.toContain("a-newer-story");
      expect(reader.relatedTo(old).map((a) => a.slug)).toEqual(before);
      expect(reader.relatedTo("a-newer-story")).toEqual([]);
      const maker = StoreReader.open(root)!;
      try {
        expect(reader.adoptRelated(maker.relatedData())).toBe(true);
      } finally {
        maker.close();
      }
      reader.awaitRelated(false);
      // It shares every term with the article it was copied from: each lists the other.
      expect(reader.relatedTo(old).map((a) => a.slug)).toContain("a-newer-story");
      expect(reader.relatedTo("a-newer-story").map((a) => a.slug)).toContain(old);
    } finally {
      reader.close();
    }

    // An article removed meanwhile is left out of what the kept index finds; with no index to take,
    // the end of the wait makes one.
    const other = StoreReader.open(root)!;
    try {
      const old = "why-labs-rent-gpus";
      const withNewer = other.relatedTo(old).map((a) => a.slug);
      other.awaitRelated(true);
      rmSync(article(root, "a-newer-story"));
      await syncStore(root);
      expect(other.relatedTo(old).map((a) => a.slug)).toEqual(withNewer.filter((slug) => slug !== "a-newer-story"));
      other.awaitRelated(false);
      const rebuilt = other.relatedTo(old).map((a) => a.slug);
      expect(rebuilt).toHaveLength(withNewer.length);
      expect(rebuilt).not.toContain("a-newer-story");
    } finally {
      other.close();
    }
  });

  test("a changed definition renders no article again; a new name renders again exactly the articles it may link", async () => {
    const root = copySite();
    await syncStore(root);
    const entry = path.join(root, "glossary", "gpu.md");
    const articleBefore = reading(root, (store) => store.article("why-labs-rent-gpus"));
    writeFileSync(entry, readFileSync(entry, "utf8").replace(/^short: .*$/m, 'short: "A chip for many sums at once."'));
    const definition = await syncStore(root);
    expect(definition.termsChanged).toEqual(["gpu"]);
    expect(definition.rendered).toEqual([]);
    // What the article's rendering holds of the term is unchanged; the entry itself is new.
    expect(reading(root, (store) => store.article("why-labs-rent-gpus"))).toEqual(articleBefore);
    expect(reading(root, (store) => store.glossary().find((term) => term.id === "gpu")!.short)).toBe(
      "A chip for many sums at once.",
    );

    // "rack" is in one article only, and no term's name: as a new alias of AWS, that article links it.
    const aws = path.join(root, "glossary", "aws.md");
    writeFileSync(aws, readFileSync(aws, "utf8").replace(/^aliases: \[/m, 'aliases: ["rack", '));
    const before = linking(root, "aws");
    const renamed = await syncStore(root);
    expect(renamed.rendered).toContain("inside-the-chip-lab");
    expect(new Set(renamed.rendered)).toEqual(new Set([...before, "inside-the-chip-lab"]));
    expect(reading(root, (store) => store.article("inside-the-chip-lab")!.html)).toMatch(/data-term="aws"[^>]*>rack</);
  });

  test("a broken file stops the sync with every problem, and nothing of it is written", async () => {
    const root = copySite();
    const { generation } = await syncStore(root);
    const file = article(root, "why-labs-rent-gpus");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^date: .*$/m, "date: soon"));
    writeFileSync(article(root, "brand-new"), "---\ntitle: New\n---\n\nText.\n");
    const error = await syncStore(root).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems.join("\n");
    expect(problems).toMatch(
      /why-labs-rent-gpus\.md: frontmatter does not match the article schema\n {2}date \(line \d+\): Expected a date, received "soon"/,
    );
    expect(problems).toMatch(/brand-new\.md: frontmatter does not match the article schema\n {2}dek: Required/);
    reading(root, (store) => {
      expect(store.generation()).toBe(String(generation));
      expect(store.article("brand-new")).toBeUndefined();
      expect(store.article("why-labs-rent-gpus")!.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
    // Fixed, they go in at the next sync.
    rmSync(article(root, "brand-new"));
    writeFileSync(file, readFileSync(file, "utf8").replace(/^date: soon$/m, "date: 2026-04-10"));
    expect((await syncStore(root)).rendered).toEqual(["why-labs-rent-gpus"]);
  });

  test("a corrupt or missing store file is made anew", async () => {
    const root = copySite();
    await syncStore(root);
    for (const suffix of ["-wal", "-shm"]) rmSync(`${storeFile(root)}${suffix}`, { force: true });
    writeFileSync(storeFile(root), "not a database at all");
    expect(await syncStore(root)).toMatchObject({ fresh: true, articles: 6 });
    rmSync(storeFile(root));
    expect(await syncStore(root)).toMatchObject({ fresh: true, articles: 6 });
    expect(await syncStore(root)).toMatchObject({ fresh: false, rendered: [] });
  });

  test("a page of a month keeps its articles when newer ones arrive", async () => {
    const root = copySite();
    await syncStore(root);
    const firstPage = () => reading(root, (store) => store.monthArticles("2026-04", 2, 0).map((a) => a.slug));
    const april = () => reading(root, (store) => store.months().find((month) => month.key === "2026-04")!.count);
    const [before, count] = [firstPage(), april()];
    const source = readFileSync(article(root, "a-week-of-price-cuts"), "utf8");
    writeFileSync(article(root, "late-april-news"), source.replace(/^date: .*$/m, "date: 2026-04-30"));
    await syncStore(root);
    expect(firstPage()).toEqual(before);
    expect(april()).toBe(count + 1);
  });
});

/** What a separate process reads from the store for `root`: newest articles, months and related reading. */
function readInProcess(root: string): Promise<string> {
  const script = `
    import { StoreReader } from "./lib/content/store/queries";
    const store = StoreReader.open(${JSON.stringify(root)});
    const newest = store.newest(10).map((a) => a.slug);
    console.log(JSON.stringify({ newest, months: store.months(), related: newest.map((slug) => store.relatedTo(slug).map((a) => a.slug)) }));
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(path.resolve("node_modules/.bin/tsx"), ["--eval", script], { env: process.env });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(output.trim()) : reject(new Error(`exit ${code}`))));
  });
}

test("two processes reading the store at once see the same content", { timeout: 60_000 }, async () => {
  const root = copySite();
  await syncStore(root);
  const [one, two] = await Promise.all([readInProcess(root), readInProcess(root)]);
  expect(one).toBe(two);
  const read = JSON.parse(one);
  expect(read.newest).toHaveLength(6);
  expect(read.newest[0]).toBe("inside-the-chip-lab");
  expect(read.related.flat().length).toBeGreaterThan(0);
});
