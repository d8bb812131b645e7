import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { StaticHtml } from "@/components/shared/static-html";
import { savePageHtml, readPageHtml } from "@/lib/page-html";

const HTML = '<p id="a-paragraph">Graviton &amp; <a href="#glossary-cpu">CPUs</a></p>';

describe("HTML written into the page once", () => {
  test("is in the page as rendered, while the element React hydrates from carries only its key", () => {
    const element = StaticHtml({ html: HTML, once: true, className: "article-part" });
    const props = element.props as Record<string, unknown>;
    expect(JSON.stringify(props)).not.toContain("Graviton");
    expect(props.htmlKey).toMatch(/^[\w-]{16}$/);
    expect(renderToStaticMarkup(element)).toBe(`<div class="article-part" data-html="${props.htmlKey}">${HTML}</div>`);
  });

  test("without `once`, the HTML is in the element itself", () => {
    const element = StaticHtml({ html: HTML, className: "article-part" });
    expect(JSON.stringify(element.props)).toContain("Graviton");
    expect(renderToStaticMarkup(element)).toBe(`<div class="article-part">${HTML}</div>`);
  });

  test("the same HTML gets the same key, other HTML another", () => {
    const key = (html: string) => (StaticHtml({ html, once: true }).props as { htmlKey: string }).htmlKey;
    expect(key(HTML)).toBe(key(HTML));
    expect(key(HTML)).not.toBe(key(HTML.replace("CPUs", "GPUs")));
  });

  test("a key that was never kept fails the render, naming the module", () => {
    expect(() => readPageHtml("never-kept-key00")).toThrow(/never-kept-key00.*lib\/page-html\.ts/);
  });

  test("the newest 2,000 are kept; older ones are let go, a kept one again counts as new", () => {
    savePageHtml("first", "<p>first</p>");
    for (let i = 0; i < 1_999; i++) savePageHtml(`filler-${i}`, "<p></p>");
    savePageHtml("first", "<p>first</p>");
    savePageHtml("one-more", "<p>one more</p>");
    expect(readPageHtml("first")).toBe("<p>first</p>");
    expect(() => readPageHtml("filler-0")).toThrow();
    expect(readPageHtml("filler-1")).toBe("<p></p>");
  });
});
