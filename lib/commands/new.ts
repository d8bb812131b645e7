/**
 * `npm run new -- story.txt --title "…" --date 2026-04-24 --author "…"`: turns a plain-text story
 * into `<CONTENT_DIR>/articles/<slug>.md`, checked with the build's schema before anything is
 * written, and never over an existing file. `-` reads the story from standard input.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { contentRoot } from "../content/load";
import { displayPath } from "../content/files";
import { formatWordCount } from "../format";
import { slugSchema } from "../schema";
import { importArticle, ImportError, slugFor, type ImportOptions } from "../editor/import";
import { runCommand } from "./run";

const USAGE = `Usage: npm run new -- <story.txt | -> --title "…" --date YYYY-MM-DD --author "…"
         [--dek "…"] [--source-name "…"] [--source-url https://…] [--slug the-slug] [--bio-last]
         [--based-on-publication "…" --based-on-author "…" --based-on-title "…" --based-on-date YYYY-MM-DD
          [--based-on-url https://…]]   the reporting the story retells, credited under the byline`;

/** The fields of `basedOn`, each set by `--based-on-<field>`. */
const BASED_ON_FIELDS = ["publication", "author", "title", "date", "url"] as const;

/** Frontmatter fields as the options that set them. */
const OPTION: Record<string, string> = {
  title: "--title",
  dek: "--dek",
  date: "--date",
  "author.name": "--author",
  "author.bio": "--bio-last",
  "source.name": "--source-name",
  "source.url": "--source-url",
  ...Object.fromEntries(BASED_ON_FIELDS.map((field) => [`basedOn.${field}`, `--based-on-${field}`])),
};

/** Stops the command with `message`, which runCommand prints after "npm run new: ". */
function fail(message: string): never {
  throw new Error(message);
}

/** `basedOn` from the `--based-on-*` options given, or undefined when none is (the schema asks for the rest). */
function basedOnOf(values: Record<string, unknown>): ImportOptions["basedOn"] {
  const given = BASED_ON_FIELDS.filter((field) => typeof values[`based-on-${field}`] === "string");
  if (given.length === 0) return undefined;
  return Object.fromEntries(given.map((field) => [field, values[`based-on-${field}`]])) as ImportOptions["basedOn"];
}

function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        title: { type: "string" },
        date: { type: "string" },
        author: { type: "string" },
        dek: { type: "string" },
        "source-name": { type: "string" },
        "source-url": { type: "string" },
        slug: { type: "string" },
        "bio-last": { type: "boolean", default: false },
        ...Object.fromEntries(BASED_ON_FIELDS.map((field) => [`based-on-${field}`, { type: "string" as const }])),
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) fail(`give one story file, or - for standard input.\n${USAGE}`);
  const missing = (["title", "date", "author"] as const).filter((name) => !values[name]);
  if (missing.length) fail(`missing ${missing.map((name) => `--${name}`).join(", ")}.\n${USAGE}`);
  if (values["source-url"] && !values["source-name"]) fail("--source-url needs --source-name.");

  const input = positionals[0];
  let text: string;
  try {
    text = readFileSync(input === "-" ? 0 : input, "utf8");
  } catch (error) {
    fail(`cannot read ${input}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }

  const slug = values.slug ?? slugFor(values.title!);
  if (!slugSchema.safeParse(slug).success) {
    fail(`--slug: "${slug}" is not a slug (lowercase letters, digits and single hyphens).`);
  }
  let article;
  try {
    article = importArticle(text, {
      title: values.title!,
      date: values.date!,
      author: values.author!,
      dek: values.dek,
      source: values["source-name"] ? { name: values["source-name"], url: values["source-url"] } : undefined,
      bioLast: values["bio-last"],
      basedOn: basedOnOf(values),
    });
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    const field = /^([\w.]+): /.exec(error.message)?.[1];
    fail(
      field && OPTION[field] ? `${OPTION[field]}${error.message.slice(field.length)}` : `${input}: ${error.message}`,
    );
  }

  const file = path.join(contentRoot(), "articles", `${slug}.md`);
  try {
    writeFileSync(file, article.markdown, { flag: "wx" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") fail(`${displayPath(file)} already exists; nothing was written. Choose another --slug.`);
    fail(`cannot write ${displayPath(file)}: ${code ?? (error as Error).message}`);
  }

  const words = article.paragraphs.join(" ").split(/\s+/).length;
  const bio = article.frontmatter.author.bio ? ", and the author's bio from the last paragraph" : "";
  console.log(`Wrote ${displayPath(file)}: ${article.paragraphs.length} paragraphs, ${formatWordCount(words)}${bio}.`);
  console.log("Next:");
  console.log("  1. Read it through and add a `## Heading {#short-id}` where the story turns to a new part.");
  if (article.dekFromText) {
    console.log("  2. The dek is the story's first sentence for now: write one line that says what it reports.");
  }
  console.log(
    `  ${article.dekFromText ? 3 : 2}. Run \`npm run check\`, and \`npm run check -- --terms\` for the terms it uses`,
  );
  console.log("     that the glossary does not explain yet.");
}

runCommand("npm run new", main);
