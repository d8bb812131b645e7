import type { Element, ElementContent } from "hast";
import type { Heading, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { defaultHandlers, type Handlers } from "mdast-util-to-hast";
import { slug } from "github-slugger";
import { PARAGRAPH_ID_PREFIX, RESERVED_ID } from "../paths";
import type { Section } from "../schema";
import { failAt } from "./error";
import { CLASS } from "../hooks";

const EXPLICIT_ID = /\s*\{#([^}]*)\}\s*$/;
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** How many of a paragraph's first words make its id. */
const PARAGRAPH_ID_WORDS = 6;

/** Makes `base` unique among `used` with -1, -2…, and records it. */
function claim(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 1; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

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
      if (heading.depth === 1) throw failAt(heading, "use ## for sections; the headline comes from the title field");
      const last = heading.children.at(-1);
      const match = last?.type === "text" ? EXPLICIT_ID.exec(last.value) : null;
      if (!last || last.type !== "text" || !match) continue;
      const id = match[1];
      if (!ID_PATTERN.test(id))
        throw failAt(heading, `section id "${id}" must be lowercase letters, digits and hyphens`);
      if (RESERVED_ID.test(id)) throw failAt(heading, `section id "${id}" is reserved by the page`);
      if (used.has(id)) throw failAt(heading, `section id "${id}" is used twice`);
      used.add(id);
      explicit.set(heading, id);
      last.value = last.value.slice(0, match.index);
    }
    const sections: Section[] = [];
    for (const heading of headings) {
      const text = slug(toString(heading)) || "section";
      const id = explicit.get(heading) ?? claim(RESERVED_ID.test(text) ? `section-${text}` : text, used);
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
      sections.push({ id, title: toString(heading), depth: heading.depth });
    }
    file.data.sections = sections;
  };
}

/**
 * Gives every top-level paragraph an id made from its first words (`p-amazon-has-achieved-a-significant`),
 * so that it does not move when other paragraphs are added or removed.
 */
export function remarkParagraphIds() {
  return (tree: Root) => {
    const used = new Set<string>();
    for (const node of tree.children) {
      if (node.type !== "paragraph") continue;
      const words = slug(toString(node)).split("-").filter(Boolean).slice(0, PARAGRAPH_ID_WORDS);
      const id = claim(`${PARAGRAPH_ID_PREFIX}${words.join("-") || "paragraph"}`, used);
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    }
  };
}

const selfLink = (id: string, className: string, label: string): Element => ({
  type: "element",
  tagName: "a",
  properties: { className: [className], href: `#${id}`, ariaLabel: label },
  children: [],
});

/**
 * HTML for headings and paragraphs that have ids: a heading sits in a `div.heading` beside a link to
 * itself (outside the heading, so the heading's name stays its text); a paragraph ends with a link to
 * itself. The links are empty, their mark drawn by CSS, so copied or extracted text stays clean.
 */
export const anchorHandlers: Handlers = {
  heading(state, node) {
    const heading = defaultHandlers.heading(state, node);
    const id = heading.properties.id;
    if (typeof id !== "string") return heading;
    return {
      type: "element",
      tagName: "div",
      properties: { className: [CLASS.heading] },
      children: [heading, selfLink(id, CLASS.headingLink, `Link to section: ${toString(node)}`)],
    };
  },
  paragraph(state, node) {
    const paragraph = defaultHandlers.paragraph(state, node);
    const id = paragraph.properties.id;
    if (typeof id !== "string") return paragraph;
    const link: ElementContent = selfLink(id, CLASS.paragraphLink, "Link to this paragraph");
    return { ...paragraph, children: [...paragraph.children, { type: "text", value: " " }, link] };
  },
};
