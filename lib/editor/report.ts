/**
 * What `npm run check` says: every content problem, or a one-line summary, and with `terms` the
 * glossary coverage, as text or JSON. Pure apart from loading the content, so tests call it as is.
 */
import path from "node:path";
import { displayPath } from "../content/files";
import { ContentError } from "../content/problems";
import { StoreReader } from "../content/store/queries";
import { syncStore } from "../content/store/sync";
import { DENSE, glossaryCoverage, type Coverage } from "./coverage";

export interface CheckOptions {
  /** Report glossary coverage too. */
  terms?: boolean;
  json?: boolean;
  /** Slugs of the articles the coverage report is about (all when empty). */
  only?: string[];
}

export interface CheckReport {
  /** The exit status: 1 when anything is wrong. */
  status: 0 | 1;
  output: string;
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;

export async function checkContent(root: string, options: CheckOptions = {}): Promise<CheckReport> {
  const where = displayPath(root);
  try {
    await syncStore(root);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const problems = error.problems;
    const files = new Set(problems.map((problem) => problem.split(/:(?:\d+:)? /)[0])).size;
    if (options.json) return { status: 1, output: JSON.stringify({ root: where, problems }, null, 2) };
    return {
      status: 1,
      output: [
        ...problems,
        "",
        `${plural(files, "file")} with problems in ${where}. Fix ${problems.length === 1 ? "it" : "them"} and run` +
          " `npm run check` again: the build stops on the same problems.",
      ].join("\n"),
    };
  }
  const store = StoreReader.open(root)!;
  try {
    return report(store, where, root, options);
  } finally {
    store.close();
  }
}

/** The report on content the store holds, checked. */
function report(store: StoreReader, where: string, root: string, options: CheckOptions): CheckReport {
  const glossary = new Map(store.glossary().map((entry) => [entry.id, entry]));
  const counts = { articles: store.articleCount(), terms: glossary.size, sections: store.sectionCount() };
  const only = options.only ?? [];
  const unknown = only.filter((slug) => !store.article(slug));
  if (unknown.length > 0) {
    return { status: 1, output: `No article ${unknown.map((slug) => `"${slug}"`).join(", ")} in ${where}/articles.` };
  }
  const articles = () => (only.length ? only.map((slug) => store.article(slug)!) : [...store.allArticles()]);
  const coverage = options.terms ? glossaryCoverage(articles(), glossary) : undefined;
  if (options.json) {
    return { status: 0, output: JSON.stringify({ root: where, ...counts, problems: [], coverage }, null, 2) };
  }
  const summary = `${where}: ${plural(counts.articles, "article")}, ${plural(counts.terms, "term")}, ${plural(counts.sections, "section")}; no problems.`;
  return { status: 0, output: coverage ? `${summary}\n\n${coverageText(coverage, root)}` : summary };
}

/** The coverage report as an editor reads it: one block per article that needs anything. */
export function coverageText(coverage: Coverage, root: string): string {
  const file = (folder: string, id: string) => displayPath(path.join(root, folder, `${id}.md`));
  const lines: string[] = ["Glossary coverage: words a reader may need explained, most frequent first."];
  const dense = new Set(coverage.dense.map((article) => article.slug));
  let quiet = 0;
  for (const article of coverage.articles) {
    if (article.candidates.length === 0 && !dense.has(article.slug)) {
      quiet += 1;
      continue;
    }
    lines.push("", file("articles", article.slug));
    if (article.candidates.length > 0) {
      lines.push(
        `  Not in the glossary: ${article.candidates.map((c) => `${c.phrase} (${c.count}×, ${c.kind})`).join(", ")}`,
      );
    }
    if (dense.has(article.slug)) {
      lines.push(
        `  Dense: ${article.linksPer100Words} term links per 100 words, ${article.mostLinksInParagraph} in its busiest paragraph` +
          ` (more than ${DENSE.linksPer100Words} per 100 words, or ${DENSE.linksInParagraph} in one paragraph, crowd the text;` +
          " `glossary.ignore` in its frontmatter can drop the least needed)",
      );
    }
  }
  if (quiet > 0) lines.push("", `${plural(quiet, "other article")}: nothing to add.`);
  lines.push(
    "",
    coverage.unusedTerms.length > 0
      ? `Terms no article uses: ${coverage.unusedTerms.map((id) => `${id} (${file("glossary", id)})`).join(", ")}`
      : "Every term is used by an article.",
  );
  lines.push(
    "",
    "Next: write an entry in glossary/ for each word worth explaining (its aliases catch the other forms),",
    "or ignore the rest; run `npm run check -- --terms` again to see the list shrink.",
  );
  return lines.join("\n");
}
