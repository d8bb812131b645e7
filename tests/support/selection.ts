import type { Page } from "@playwright/test";

/** Selects the n-th occurrence of `text` in the body (across links and other inline elements), as a reader would. */
export async function selectText(page: Page, text: string, occurrence = 0) {
  await page.evaluate(
    ({ text, occurrence }) => {
      const walker = document.createTreeWalker(document.querySelector(".article-body")!, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const all = nodes.map((node) => node.data).join("");
      let index = -1;
      for (let i = 0; i <= occurrence; i++) {
        index = all.indexOf(text, index + 1);
        if (index < 0) throw new Error(`"${text}" occurs fewer than ${occurrence + 1} times`);
      }
      const point = (offset: number): [Text, number] => {
        for (const node of nodes) {
          if (offset <= node.data.length) return [node, offset];
          offset -= node.data.length;
        }
        throw new Error("offset past the end");
      };
      const range = document.createRange();
      range.setStart(...point(index));
      range.setEnd(...point(index + text.length));
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    { text, occurrence },
  );
}
