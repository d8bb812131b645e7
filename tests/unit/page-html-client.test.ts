// @vitest-environment jsdom
import { act, createElement } from "react";
import { hydrateRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, test, vi } from "vitest";
import { PageHtmlClient } from "@/components/shared/page-html-client";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const LOADED = '<p id="a-paragraph">Words the page was <a href="#glossary-cpu">loaded</a> with.</p>';
let root: Root | undefined;

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = "";
});

describe("a part of the page written once, in the browser", () => {
  test("hydrating, it keeps the HTML the page was loaded with, node for node, and stays so when rendered again", async () => {
    document.body.innerHTML = `<div id="page"><div class="article-part" data-html="key-one">${LOADED}</div></div>`;
    const paragraph = document.getElementById("a-paragraph");
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const part = (className: string) => createElement(PageHtmlClient, { htmlKey: "key-one", className });
    await act(async () => {
      root = hydrateRoot(document.getElementById("page")!, part("article-part"));
    });
    expect(document.querySelector(".article-part")!.innerHTML).toBe(LOADED);
    // The very nodes the page was loaded with: React wrote nothing over them.
    expect(document.getElementById("a-paragraph")).toBe(paragraph);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();

    // A later render (new attributes) leaves the HTML as it was.
    await act(async () => root!.render(part("article-part again")));
    expect(document.querySelector(".article-part")!.className).toBe("article-part again");
    expect(document.getElementById("a-paragraph")).toBe(paragraph);
  });
});
