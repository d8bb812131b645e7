import type { Link, Parent, PhrasingContent, Root, RootContent, Text } from "mdast";
import { definitionId, mentionId, sidebarEntryId } from "../paths";
import type { TermMatcher } from "./term-matcher";
import { CLASS, DATA, hastProperty } from "../hooks";

/** Node types whose text is never linked to the glossary. */
const SKIPPED = new Set(["heading", "link", "linkReference", "code", "inlineCode", "html", "definition"]);

function termLink(id: string, text: string, first: boolean): Link {
  return {
    type: "link",
    url: `#${sidebarEntryId(id)}`,
    children: [{ type: "text", value: text }],
    data: {
      hProperties: {
        className: [CLASS.term],
        [hastProperty(DATA.term)]: id,
        ariaDescribedBy: [definitionId(id)],
        ...(first ? { id: mentionId(id) } : {}),
      },
    },
  };
}

/**
 * Links the first mention of each glossary term in each `##` section to its entry beside the text;
 * the first mention in the whole body also gets the mention id, for the entry's link back.
 * Records the terms in order of first appearance, and for each term the sections that mention it
 * (by id; "" for text before the first section).
 */
export function remarkGlossaryLinks(options: { matcher?: TermMatcher }) {
  const matcher = options.matcher;
  return (tree: Root, file: { data: { terms?: string[]; mentions?: Record<string, string[]> } }) => {
    const order: string[] = [];
    const mentions: Record<string, string[]> = {};
    file.data.terms = order;
    file.data.mentions = mentions;
    if (!matcher) return;
    let seenInSection = new Set<string>();
    let section = "";

    const linkText = (node: Text): PhrasingContent[] => {
      const out: PhrasingContent[] = [];
      let at = 0;
      for (const match of matcher.find(node.value)) {
        if (seenInSection.has(match.id)) continue;
        seenInSection.add(match.id);
        const first = !order.includes(match.id);
        if (first) order.push(match.id);
        (mentions[match.id] ??= []).push(section);
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
      if (node.type === "heading" && node.depth === 2) {
        seenInSection = new Set();
        const id = node.data?.hProperties?.id;
        section = typeof id === "string" ? id : "";
      }
      if (!SKIPPED.has(node.type) && "children" in node) walk(node);
    }
  };
}
