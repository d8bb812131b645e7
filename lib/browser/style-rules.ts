/**
 * Rules written into an empty <style> element through the CSS object model, never as its text: the
 * Content-Security-Policy allows an inline style only by its hash, and a reader's rules differ from
 * reader to reader, while rules added through the object model are the page's own script at work and
 * need no permission. No imports: the head script carries this function's source.
 */
export function fillStyle(style: HTMLStyleElement, css: string) {
  const sheet = style.sheet;
  if (!sheet) return;
  while (sheet.cssRules.length > 0) sheet.deleteRule(0);
  // Each top-level rule (a rule, or an @media block with its own) ends where its braces close.
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === "{") depth += 1;
    else if (css[i] === "}" && --depth === 0) {
      sheet.insertRule(css.slice(start, i + 1), sheet.cssRules.length);
      start = i + 1;
    }
  }
}
