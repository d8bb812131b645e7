import type { Nodes } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";
import type { Html, Root } from "mdast";
import { CONTINUE, SKIP, visit } from "unist-util-visit";

/** Elements whose content is code or styling, never text a reader should see. */
const HIDDEN = new Set(["script", "style", "template", "textarea", "noscript", "iframe", "object", "svg", "math"]);
const FLOW_PARENTS = new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);

/** Removes hidden elements (and comments) from a parsed tree. */
function dropHidden(node: Nodes) {
  if (!("children" in node)) return;
  node.children = node.children.filter(
    (child) => child.type !== "comment" && !(child.type === "element" && HIDDEN.has(child.tagName)),
  ) as typeof node.children;
  node.children.forEach(dropHidden);
}

/** The text a reader would see in a piece of raw HTML: no comments, scripts, styles or tags. */
function visibleText(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  dropHidden(tree);
  return toText(tree).replace(/\s+/g, " ").trim();
}

/** The hidden element an inline tag opens without closing it (`<script>` … `</script>` spans nodes). */
function opensHidden(node: Html): string | undefined {
  const [first] = fromHtml(node.value, { fragment: true }).children;
  if (first?.type !== "element" || !HIDDEN.has(first.tagName)) return undefined;
  return node.value.toLowerCase().includes(`</${first.tagName}`) ? undefined : first.tagName;
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
      const hidden = opensHidden(node);
      if (hidden) {
        while (end < parent.children.length) {
          const sibling = parent.children[end++];
          if (sibling.type === "html" && sibling.value.toLowerCase().startsWith(`</${hidden}`)) break;
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
