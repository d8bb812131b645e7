/**
 * The page's own rules for this reader (the terms they know, the articles they have read), kept in
 * <style> elements with ids: the head script writes the first ones before the first paint
 * (lib/preferences/head-script.ts), and this keeps them up to date.
 */
import "client-only";
import { fillStyle } from "./style-rules";

/** Sets the rules of the page's <style> with this id, adding it to <head> when there is none. */
export function setPageStyle(id: string, css: string) {
  let style = document.getElementById(id);
  if (!(style instanceof HTMLStyleElement)) {
    style = document.createElement("style");
    style.id = id;
    document.head.append(style);
  }
  fillStyle(style as HTMLStyleElement, css);
}
