/**
 * Sets the rules of the page's <style> with this id (the head script writes the first ones before
 * the first paint; see lib/preferences.ts), adding it to <head> when there is none.
 */
import "client-only";
export function setPageStyle(id: string, css: string) {
  let style = document.getElementById(id);
  if (!(style instanceof HTMLStyleElement)) {
    style = document.createElement("style");
    style.id = id;
    document.head.append(style);
  }
  style.textContent = css;
}
