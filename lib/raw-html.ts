import type { Root } from "mdast";
import { CONTINUE, SKIP, visit } from "unist-util-visit";

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

