// @vitest-environment jsdom
import { act, createElement } from "react";
import { createRoot, hydrateRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, test, vi } from "vitest";
import { PageHtmlClient } from "@/components/page-html-client";
import { loadDocument } from "@/lib/browser/navigation";

vi.mock("@/lib/browser/navigation", () => ({ loadDocument: vi.fn() }));
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const LOADED = '<p id="a-paragraph">Words the page was <a href="#glossary-cpu">loaded</a> with.</p>';
let root: Root | undefined;

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = "";
  vi.mocked(loadDocument).mockClear();
});

describe("a part of the page written once, in the browser", () => {
  test("hydrating, it keeps the HTML the page was loaded with, and loads nothing", async () => {
    document.body.innerHTML = `<div id="page"><div class="article-part" data-html="key-one">${LOADED}</div></div>`;
    const paragraph = document.getElementById("a-paragraph");
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await act(async () => {
      root = hydrateRoot(
        document.getElementById("page")!,
        createElement(PageHtmlClient, { htmlKey: "key-one", className: "article-part" }),
      );
    });
    expect(document.querySelector(".article-part")!.innerHTML).toBe(LOADED);
    // The very nodes the page was loaded with: React wrote nothing over them.
    expect(document.getElementById("a-paragraph")).toBe(paragraph);
    expect(errors).not.toHaveBeenCalled();
    expect(loadDocument).not.toHaveBeenCalled();
    errors.mockRestore();

    // Shown again later in the same document (after a visit to another page of the site).
    act(() => root!.unmount());
    const again = document.createElement("div");
    document.body.replaceChildren(again);
    await act(async () => {
      root = createRoot(again);
      root.render(createElement(PageHtmlClient, { htmlKey: "key-one" }));
    });
    expect(again.querySelector("[data-html='key-one']")!.innerHTML).toBe(LOADED);
    expect(loadDocument).not.toHaveBeenCalled();
  });

  test("reached without its HTML in this document, the page is loaded as a document", async () => {
    const container = document.createElement("div");
    document.body.append(container);
    await act(async () => {
      root = createRoot(container);
      root.render(createElement(PageHtmlClient, { htmlKey: "never-loaded" }));
    });
    expect(loadDocument).toHaveBeenCalledTimes(1);
    expect(container.querySelector("[data-html='never-loaded']")!.innerHTML).toBe("");
  });
});
