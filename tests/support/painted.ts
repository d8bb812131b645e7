import type { Page } from "@playwright/test";

/** The text of each range painted under `name` (CSS Custom Highlight API; static ranges, read as live ones). */
export const painted = (page: Page, name = "gloss-highlight") =>
  page.evaluate(
    (name) =>
      [...(CSS.highlights.get(name)?.keys() ?? [])].map((painted) => {
        const range = document.createRange();
        range.setStart(painted.startContainer, painted.startOffset);
        range.setEnd(painted.endContainer, painted.endOffset);
        return range.toString();
      }),
    name,
  );
