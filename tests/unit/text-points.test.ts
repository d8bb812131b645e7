// @vitest-environment jsdom
import { describe, expect, test } from "vitest";
import { locate, textPoints } from "@/lib/sharing/blocks-client";
import { collapse } from "@/lib/sharing/text-fragment";

/** A block as pages have them: words across inline elements, runs of white space, leading and trailing space. */
const BLOCKS = [
  "<p>Plain words, one space apart.</p>",
  "<p>  Leading space, <a href='#x'>a link</a>   then a run,\n\tand a line break.  </p>",
  "<p>Across<b> </b> <i>  nodes</i>\u00a0 and<span></span> empty ones</p>",
  "<li><code>x</code> <strong>y</strong></li>",
];

describe("offsets in a block's collapsed text, to points in the page and back", () => {
  for (const html of BLOCKS) {
    test(html, () => {
      document.body.innerHTML = html;
      const block = document.body.firstElementChild!;
      const text = collapse(block.textContent ?? "").trim();
      const point = textPoints(block);
      for (let offset = 0; offset < text.length; offset++) {
        const [node, at] = point(offset);
        // The point is just before the offset's character, and reads back as the same offset.
        expect(node.nodeType, `${offset}`).toBe(Node.TEXT_NODE);
        expect(collapse((node as Text).data[at]), `${offset}`).toBe(text[offset]);
        expect(locate([block], node, at), `${offset}`).toEqual({ block: 0, offset });
      }
      // The end: just after the last character.
      expect(locate([block], ...point(text.length))).toEqual({ block: 0, offset: text.length });
    });
  }
});
