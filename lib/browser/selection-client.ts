/** What the reader has selected in a part of the page. */
import "client-only";

/** The range the reader has selected, when it lies wholly inside `within`; otherwise null. */
export function selectedRange(within: Element | null): Range | null {
  const selection = document.getSelection();
  if (!within || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return within.contains(range.startContainer) && within.contains(range.endContainer) ? range : null;
}
