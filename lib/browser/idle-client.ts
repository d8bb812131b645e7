/**
 * Work a reader does not need at once, done when the browser has nothing more urgent (after the
 * page's load and hydration), and at the latest after `timeout` ms; returns the way to call it off.
 * Where the browser has no idle callbacks, in a task of its own soon after.
 */
import "client-only";

export function whenIdle(work: () => void, timeout = 1000): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(work, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(work, 1);
  return () => window.clearTimeout(handle);
}
