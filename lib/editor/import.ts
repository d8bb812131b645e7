/**
 * Plain text to an article: paragraphs kept word for word, Markdown's own characters escaped so
 * they stay text, and frontmatter the build's schema accepts. Pure; `npm run new` does the files.
 */
import GithubSlugger from "github-slugger";
import yaml from "js-yaml";
import { articleFrontmatterSchema, type ArticleFrontmatter } from "../schema";

export interface ImportOptions {
  title: string;
  date: string;
  author: string;
  /** The one-line summary; the story's first sentence when not given. */
  dek?: string;
  source?: { name: string; url?: string };
  /** The reporting the story retells (every field but `url` is required by the schema). */
  basedOn?: Partial<Record<"publication" | "author" | "title" | "date" | "url", string>>;
  /** Take the last paragraph as the author's bio, as the seed arrived. */
  bioLast?: boolean;
}

export interface ImportedArticle {
  frontmatter: ArticleFrontmatter;
  paragraphs: string[];
  markdown: string;
  /** Whether the dek was taken from the story (the editor should write one). */
  dekFromText: boolean;
}

export class ImportError extends Error {}

/**
 * The paragraphs of a plain-text story. With blank lines between paragraphs, each block is one
 * (its lines joined, as text wrapped by an editor); without any, each line is one (as the seed).
 * Spaces are closed up; nothing else changes.
 */
export function paragraphsOf(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const blocks = /\n[ \t]*\n/.test(lines.trim()) ? lines.split(/\n[ \t]*\n/) : lines.split("\n");
  return blocks.map((block) => block.replace(/\s+/g, " ").trim()).filter(Boolean);
}

/**
 * A paragraph of text as Markdown that renders to the same text: characters that would start
 * emphasis, code, links, HTML or entities are escaped everywhere, and those that would start a
 * heading, quote, list or rule are escaped at the start of the paragraph.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>&]/g, "\\$&")
    .replace(/^([#+=-])/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2");
}

/** The first sentence of `text` (up to its first full stop, question or exclamation mark). */
export const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;

/** A slug for a headline: "Meta commits to Graviton" → "meta-commits-to-graviton". */
export function slugFor(title: string): string {
  return new GithubSlugger()
    .slug(title.normalize("NFKD").replace(/\p{M}/gu, ""))
    .replace(/[^a-z0-9-]/g, "")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "")
    .split("-")
    .slice(0, 8)
    .join("-");
}

/** Validates the options with the build's schema and writes the article's Markdown. */
export function importArticle(text: string, options: ImportOptions): ImportedArticle {
  const paragraphs = paragraphsOf(text);
  const bio = options.bioLast ? paragraphs.pop() : undefined;
  if (paragraphs.length === 0) {
    throw new ImportError(options.bioLast ? "the text has no paragraph besides the bio" : "the text is empty");
  }
  const dekFromText = !options.dek;
  const candidate = {
    title: options.title,
    dek: options.dek ?? firstSentence(paragraphs[0]),
    date: options.date,
    author: { name: options.author, ...(bio ? { bio } : {}) },
    ...(options.source ? { source: options.source } : {}),
    ...(options.basedOn ? { basedOn: options.basedOn } : {}),
  };
  const parsed = articleFrontmatterSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportError(`${issue.path.join(".")}: ${issue.message}`);
  }
  // The frontmatter as given (the schema's defaults stay out of the file).
  const frontmatter = yaml.dump(candidate, { lineWidth: -1, quotingType: '"', forceQuotes: false });
  const markdown = `---\n${frontmatter}---\n\n${paragraphs.map(escapeMarkdown).join("\n\n")}\n`;
  return { frontmatter: parsed.data, paragraphs, markdown, dekFromText };
}
