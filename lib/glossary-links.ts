import type { Link, Parent, PhrasingContent, Root, RootContent, Text } from "mdast";
import type { TermMatcher } from "./glossary";

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

