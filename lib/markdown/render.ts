import { defaultSchema, type Schema } from "hast-util-sanitize";
import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { remark } from "remark";
import remarkHtml from "remark-html";
import { CONTINUE, SKIP, visit } from "unist-util-visit";
import type { Section } from "../schema";
import { anchorHandlers, remarkParagraphIds, remarkSectionIds } from "./anchors";
import { failAt } from "./error";
import { remarkGlossaryLinks } from "./glossary-links";
import { remarkRawHtmlAsText } from "./raw-html";
import type { TermMatcher } from "./term-matcher";
import { CLASS, DATA, hastProperty } from "../hooks";

/** One entry of a sanitize schema's attribute list: a name, or a name with the values it may take. */
type PropertyDefinition = NonNullable<Schema["attributes"]>[string][number];

declare module "vfile" {
  interface DataMap {
    sections: Section[];
    terms: string[];
    mentions: Record<string, string[]>;
    wordCount: number;
  }
}

/** The result of rendering one Markdown body. */
interface RenderedMarkdown {
  html: string;
  sections: Section[];
  terms: string[];
  /** For each linked term, the ids of the sections that mention it ("" before the first section). */
  mentions: Record<string, string[]>;
  wordCount: number;
}

/**
 * Images must be files of this site: a remote image would be a request to another host from every
 * reader's browser (and the site's Content-Security-Policy would block it anyway).
 */
function remarkLocalImages() {
  return (tree: Root) => {
    visit(tree, "image", (node) => {
      if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(node.url)) {
        throw failAt(node, `images must be files on this site (under public/), not ${node.url}`);
      }
    });
  };
}

const PROSE_BLOCKS = new Set(["paragraph", "heading", "code", "tableCell"]);

/** Counts the words a reader reads, block by block so that a heading's last word and the next line's first stay two. */
function remarkWordCount() {
  return (tree: Root, file: { data: { wordCount?: number } }) => {
    let words = 0;
    visit(tree, (node) => {
      if (!PROSE_BLOCKS.has(node.type)) return CONTINUE;
      words += toString(node).split(/\s+/).filter(Boolean).length;
      return SKIP;
    });
    file.data.wordCount = words;
  };
}

/** Keeps the sanitizer's rule for `attribute` on `tag`, adding `values` to the values it allows. */
function allow(tag: string, attribute: string, ...values: string[]): PropertyDefinition[] {
  const rules = defaultSchema.attributes?.[tag] ?? [];
  const previous = rules.find((rule) => Array.isArray(rule) && rule[0] === attribute);
  const kept = Array.isArray(previous) ? previous.slice(1) : [];
  // One rule per attribute: the sanitizer reads only the first.
  const rule: PropertyDefinition = [attribute, ...kept, ...values];
  return [...rules.filter((other) => other !== previous), rule];
}

/**
 * GitHub's sanitize schema (raw HTML is dropped, `javascript:` URLs and `on*` handlers removed), with
 * two changes: ids and aria-describedby stay as written (`#the-deal`, not `#user-content-the-deal`),
 * since only our own plugins set them; and our own classes on links and heading wrappers survive.
 */
const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobber: (defaultSchema.clobber ?? []).filter((property) => property !== "id" && property !== "ariaDescribedBy"),
  attributes: {
    ...defaultSchema.attributes,
    a: [...allow("a", "className", CLASS.term, CLASS.headingLink, CLASS.paragraphLink), hastProperty(DATA.term)],
    div: allow("div", "className", CLASS.heading),
  },
};

/**
 * A flat copy of `text`. HTML written piece by piece is kept by V8 as a rope of all its pieces, which
 * takes about twice the memory of the text: at 10,000 articles per build process that is 90 MB.
 */
const flatten = (text: string) => Buffer.from(text, "utf8").toString("utf8");

/**
 * Builds a reusable Markdown → HTML renderer. An article body gets anchors (ids and self-links on its
 * sections and paragraphs) and, given a matcher, glossary links; a glossary explanation gets neither.
 */
export function createRenderer({ matcher, anchors = true }: { matcher?: TermMatcher; anchors?: boolean } = {}) {
  const processor = remark()
    .use(remarkRawHtmlAsText)
    .use(remarkLocalImages)
    .use(anchors ? [remarkSectionIds, remarkParagraphIds] : [])
    .use(remarkGlossaryLinks, { matcher })
    .use(remarkWordCount)
    .use(remarkHtml, { sanitize: sanitizeSchema, handlers: anchors ? anchorHandlers : {} });

  return (markdown: string): RenderedMarkdown => {
    const file = processor.processSync(markdown);
    return {
      html: flatten(String(file)),
      sections: file.data.sections ?? [],
      terms: file.data.terms ?? [],
      mentions: file.data.mentions ?? {},
      wordCount: file.data.wordCount ?? 0,
    };
  };
}
