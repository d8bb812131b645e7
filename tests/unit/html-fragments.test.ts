import { JSDOM } from "jsdom";
import { describe, expect, test } from "vitest";
import { chipTableHtml } from "@/components/glossary/chip-table-html";
import { glossaryIndexHtml } from "@/components/glossary/glossary-index-html";
import { sidebarGlossaryHtml } from "@/components/glossary/glossary-sidebar-html";
import type { Chip, GlossaryEntry } from "@/lib/schema";

const parse = (html: string) => JSDOM.fragment(html);

function entry(id: string, fields: Partial<GlossaryEntry> = {}): GlossaryEntry {
  const html = fields.html ?? `<p>About ${id}.</p>`;
  return {
    id,
    term: id.toUpperCase(),
    aliases: [],
    short: `The ${id}.`,
    related: [],
    html,
    summaryHtml: html,
    ...fields,
  };
}

const chip: Chip = { order: 1, maker: "Amazon", kind: "CPU", instructionSet: "Arm", use: "Servers", sold: "Rented" };

describe("sidebarGlossaryHtml", () => {
  const sections = [
    { id: "the-deal", title: "The deal", depth: 2 },
    { id: "why-cpus", title: "Why CPUs <matter>", depth: 2 },
  ];

  test("gives each entry its ids, definition, explanation and links back to every mention", () => {
    const dom = parse(
      sidebarGlossaryHtml([entry("cpu"), entry("gpu")], sections, { cpu: ["", "why-cpus"], gpu: ["the-deal"] }),
    );
    const cpu = dom.querySelector("#glossary-cpu")!;
    expect(cpu.querySelector("dt")!.textContent).toBe("CPU");
    expect(cpu.querySelector("#glossary-short-cpu")!.textContent).toBe("The cpu.");
    expect(cpu.querySelector(".glossary-explanation")!.innerHTML).toBe("<p>About cpu.</p>");
    const mentions = [...cpu.querySelectorAll(".glossary-mentions a")].map((a) => [
      a.getAttribute("href"),
      a.textContent,
    ]);
    expect(mentions).toEqual([
      ["#mention-cpu", "the opening"],
      ["#why-cpus", "Why CPUs <matter>"],
    ]);
    expect(cpu.querySelector(".glossary-mentions")!.textContent).toBe("Mentioned in: the opening, Why CPUs <matter>");
    expect(cpu.querySelector(".glossary-back")!.getAttribute("href")).toBe("#mention-cpu");
    expect([...dom.querySelectorAll(".glossary-entry")].map((node) => node.id)).toEqual([
      "glossary-cpu",
      "glossary-gpu",
    ]);
  });

  test("links every entry to its term's page", () => {
    const dom = parse(sidebarGlossaryHtml([entry("cpu"), entry("gpu")], sections, {}));
    expect([...dom.querySelectorAll(".glossary-more a")].map((a) => [a.getAttribute("href"), a.textContent])).toEqual([
      ["/glossary/cpu", "More about CPU"],
      ["/glossary/gpu", "More about GPU"],
    ]);
  });

  test("escapes text and attributes: a term cannot add markup", () => {
    const hostile = entry("x", { term: '<img src=x onerror="alert(1)">', short: "A <b>bold</b> & risky term." });
    const html = sidebarGlossaryHtml([hostile], sections, { x: [""] });
    const dom = parse(html);
    expect(dom.querySelector("img, b")).toBeNull();
    expect(dom.querySelector("dt")!.textContent).toBe('<img src=x onerror="alert(1)">');
    expect(dom.querySelector("#glossary-short-x")!.textContent).toBe("A <b>bold</b> & risky term.");
    // Inside an attribute the same text is a value, not markup.
    expect(dom.querySelector("button.know-toggle")!.getAttribute("aria-label")).toBe(
      'I know this: <img src=x onerror="alert(1)">',
    );
  });
});

describe("chipTableHtml", () => {
  test("is a table with a caption, column headers and a row header per chip linked where asked", () => {
    const dom = parse(chipTableHtml([{ ...entry("graviton"), chip }], (id) => `#glossary-${id}`));
    expect(dom.querySelector("caption")!.textContent).toContain("Chips at a glance");
    expect([...dom.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual([
      "Chip",
      "Made by",
      "Kind of chip",
      "Instruction set",
      "Used for",
      "How it is sold",
    ]);
    const row = dom.querySelector("tbody tr")!;
    expect(row.querySelector("th[scope=row] a")!.getAttribute("href")).toBe("#glossary-graviton");
    expect([...row.querySelectorAll("td")].map((td) => [td.getAttribute("data-label"), td.textContent])).toEqual([
      ["Made by", "Amazon"],
      ["Kind of chip", "CPU"],
      ["Instruction set", "Arm"],
      ["Used for", "Servers"],
      ["How it is sold", "Rented"],
    ]);
  });
});

describe("glossaryIndexHtml", () => {
  test("files terms under their letter, each with its definition, its number of articles and its page", () => {
    const dom = parse(
      glossaryIndexHtml([
        { entry: entry("arm", { term: "Arm" }), count: 1 },
        { entry: entry("cpu", { term: "CPU" }), count: 1234 },
        { entry: entry("chip", { term: "chip" }), count: 0 },
      ]),
    );
    expect([...dom.querySelectorAll("section")].map((section) => section.getAttribute("aria-labelledby"))).toEqual([
      "letter-a",
      "letter-c",
    ]);
    expect([...dom.querySelectorAll("#letter-c ~ ul h3")].map((h3) => h3.textContent)).toEqual(["CPU", "chip"]);
    expect(dom.querySelector("#cpu h3 a")!.getAttribute("href")).toBe("/glossary/cpu");
    expect(dom.querySelector("#cpu .term-entry-short")!.textContent).toBe("The cpu.");
    expect([...dom.querySelectorAll(".term-entry-meta")].map((p) => p.textContent)).toEqual([
      "1 article",
      "1,234 articles",
      "No articles yet",
    ]);
  });
});
