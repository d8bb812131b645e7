import type { Heading, Link, Nodes, Parent, PhrasingContent, Root, RootContent, Text } from "mdast";
import { toString } from "mdast-util-to-string";
import { slug } from "github-slugger";
import { defaultSchema, type Schema } from "hast-util-sanitize";
import { remark } from "remark";
import remarkHtml from "remark-html";
import { CONTINUE, SKIP, visit } from "unist-util-visit";
import type { TermMatcher } from "./glossary";
import type { Section } from "./schema";

declare module "vfile" {
  interface DataMap {
    sections: Section[];
    terms: string[];
    wordCount: number;
  }
}

/** The result of rendering one Markdown body. */
export interface RenderedMarkdown {
  html: string;
  sections: Section[];
  terms: string[];
  wordCount: number;
}

const EXPLICIT_ID = /\s*\{#([^}]*)\}\s*$/;
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Ids the page itself uses around the body; a section must not take them. */
const RESERVED_ID = /^(?:content|glossary|contents|top)$|^(?:glossary|mention)-/;

/** A problem in a Markdown body, with the body line it is on when known. */
export class MarkdownError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = "MarkdownError";
  }
}

const fail = (node: Nodes, message: string) => new MarkdownError(message, node.position?.start.line);

/**
 * Gives every heading a stable id: an explicit `{#id}` at the end of the heading wins, otherwise the
 * slug of its text, de-duplicated with -1, -2… Duplicate explicit ids and `#` headings are errors.
 */
export function remarkSectionIds() {
  return (tree: Root, file: { data: { sections?: Section[] } }) => {
    const headings = tree.children.filter((node): node is Heading => node.type === "heading");
    const used = new Set<string>();
    const explicit = new Map<Heading, string>();
    for (const heading of headings) {
      if (heading.depth === 1) {
        throw fail(heading, "use ## for sections; the headline comes from the title field");
      }
      const last = heading.children.at(-1);
      const match = last?.type === "text" ? EXPLICIT_ID.exec(last.value) : null;
      if (!last || last.type !== "text" || !match) continue;
      const id = match[1];
      if (!ID_PATTERN.test(id)) {
        throw fail(heading, `section id "${id}" must be lowercase letters, digits and hyphens`);
      }
      if (RESERVED_ID.test(id)) throw fail(heading, `section id "${id}" is reserved by the page`);
      if (used.has(id)) throw fail(heading, `section id "${id}" is used twice`);
      used.add(id);
      explicit.set(heading, id);
      last.value = last.value.slice(0, match.index);
    }
    const sections: Section[] = [];
    for (const heading of headings) {
      let id = explicit.get(heading);
      if (!id) {
        const text = slug(toString(heading)) || "section";
        const base = RESERVED_ID.test(text) ? `section-${text}` : text;
        id = base;
        for (let n = 1; used.has(id); n++) id = `${base}-${n}`;
        used.add(id);
      }
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
      sections.push({ id, title: toString(heading), depth: heading.depth });
    }
    file.data.sections = sections;
  };
}

/** Elements whose content is code or styling, never text a reader should see. */
const HIDDEN_TAGS = "script|style|template|textarea|noscript|iframe|object|svg|math";
const HIDDEN_RAW = new RegExp(`<(${HIDDEN_TAGS})\\b[\\s\\S]*?(?:<\\/\\1\\s*>|$)`, "gi");
const HIDDEN_OPEN = new RegExp(`^<(${HIDDEN_TAGS})\\b`, "i");
const FLOW_PARENTS = new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);

/** The text a reader would see in a piece of raw HTML: no comments, scripts, styles or tags. */
function visibleText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, " ")
    .replace(HIDDEN_RAW, " ")
    .replace(/<\/?[a-zA-Z][^>]*>?/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Raw HTML is never rendered (the sanitizer would drop it whole). This keeps the readable text of an
 * HTML block as a plain paragraph, and drops scripts, styles, comments and the tags themselves.
 */
export function remarkRawHtmlAsText() {
  return (tree: Root) => {
    visit(tree, "html", (node, index, parent) => {
      if (!parent || index === undefined) return CONTINUE;
      if (FLOW_PARENTS.has(parent.type)) {
        const text = visibleText(node.value);
        if (text) {
          parent.children[index] = { type: "paragraph", children: [{ type: "text", value: text }] };
          return SKIP;
        }
        parent.children.splice(index, 1);
        return index;
      }
      // Inline, a tag stands alone and the text around it is already text; an inline <script> also
      // takes the nodes up to its closing tag with it.
      let end = index + 1;
      const hidden = HIDDEN_OPEN.exec(node.value);
      if (hidden && !new RegExp(`</${hidden[1]}`, "i").test(node.value)) {
        const closing = new RegExp(`^</${hidden[1]}`, "i");
        while (end < parent.children.length) {
          const sibling = parent.children[end++];
          if (sibling.type === "html" && closing.test(sibling.value)) break;
        }
      }
      parent.children.splice(index, end - index);
      return index;
    });
    // A paragraph that held only tags (`<object></object>`) is now empty: no blank <p> for it.
    visit(tree, "paragraph", (node, index, parent) => {
      const blank = node.children.every((child) => child.type === "text" && !child.value.trim());
      if (!blank || !parent || index === undefined) return CONTINUE;
      parent.children.splice(index, 1);
      return index;
    });
  };
}

/** Node types whose text is never linked to the glossary. */
const SKIPPED = new Set(["heading", "link", "linkReference", "code", "inlineCode", "html", "definition"]);

function termLink(id: string, text: string, first: boolean): Link {
  return {
    type: "link",
    url: `#glossary-${id}`,
    children: [{ type: "text", value: text }],
    data: { hProperties: { className: ["term"], dataTerm: id, ...(first ? { id: `mention-${id}` } : {}) } },
  };
}

/**
 * Links the first mention of each glossary term in each `##` section to its entry (`#glossary-<id>`);
 * the first mention in the whole body also gets the id `mention-<id>`, for the entry's link back.
 */
export function remarkGlossaryLinks(options: { matcher?: TermMatcher }) {
  const matcher = options.matcher;
  return (tree: Root, file: { data: { terms?: string[] } }) => {
    const order: string[] = [];
    if (!matcher) {
      file.data.terms = order;
      return;
    }
    let seenInSection = new Set<string>();

    const linkText = (node: Text): PhrasingContent[] => {
      const out: PhrasingContent[] = [];
      let at = 0;
      for (const match of matcher.find(node.value)) {
        if (seenInSection.has(match.id)) continue;
        seenInSection.add(match.id);
        const first = !order.includes(match.id);
        if (first) order.push(match.id);
        if (match.index > at) out.push({ type: "text", value: node.value.slice(at, match.index) });
        out.push(termLink(match.id, match.text, first));
        at = match.index + match.text.length;
      }
      if (at === 0) return [node];
      if (at < node.value.length) out.push({ type: "text", value: node.value.slice(at) });
      return out;
    };

    const walk = (parent: Parent) => {
      const children: RootContent[] = [];
      for (const child of parent.children) {
        if (child.type === "text") {
          children.push(...linkText(child));
          continue;
        }
        if (!SKIPPED.has(child.type) && "children" in child) walk(child);
        children.push(child);
      }
      parent.children = children;
    };

    for (const node of tree.children) {
      if (node.type === "heading" && node.depth === 2) seenInSection = new Set();
      if (!SKIPPED.has(node.type) && "children" in node) walk(node);
    }
    file.data.terms = order;
  };
}

const PROSE_BLOCKS = new Set(["paragraph", "heading", "code", "tableCell"]);

/** Counts the words a reader reads, block by block so that a heading's last word and the next line's first stay two. */
export function remarkWordCount() {
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

/**
 * GitHub's sanitize schema (raw HTML is dropped, `javascript:` URLs and `on*` handlers removed), with
 * two changes: ids stay as written (`#the-deal`, not `#user-content-the-deal`, since only our own
 * plugins set them) and glossary links keep their class and term id.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobber: (defaultSchema.clobber ?? []).filter((property) => property !== "id"),
  attributes: {
    ...defaultSchema.attributes,
    // One className rule per element: the sanitizer reads only the first.
    a: [
      ...(defaultSchema.attributes?.a ?? []).filter((rule) => !(Array.isArray(rule) && rule[0] === "className")),
      ["className", "data-footnote-backref", "term"],
      "dataTerm",
    ],
  },
};

/** Builds a reusable Markdown → HTML renderer; pass a matcher to link glossary terms. */
export function createRenderer(matcher?: TermMatcher) {
  const processor = remark()
    .use(remarkRawHtmlAsText)
    .use(remarkSectionIds)
    .use(remarkGlossaryLinks, { matcher })
    .use(remarkWordCount)
    .use(remarkHtml, { sanitize: sanitizeSchema });

  return (markdown: string): RenderedMarkdown => {
    const file = processor.processSync(markdown);
    return {
      html: String(file),
      sections: file.data.sections ?? [],
      terms: file.data.terms ?? [],
      wordCount: file.data.wordCount ?? 0,
    };
  };
}
