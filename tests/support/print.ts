import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { test, type Page } from "@playwright/test";
import { normalize } from "./text";
import { ensureCommand } from "../../lib/dev/system";

const pdftotext = ensureCommand("pdftotext", "poppler-utils");

/**
 * Prints the page to PDF (kept with the test's results, which Playwright clears) and returns the
 * text of each page, as a reader would read it off paper.
 */
export async function printPages(page: Page, format: "A4" | "Letter"): Promise<string[]> {
  const file = test.info().outputPath(`printed-${format}.pdf`);
  writeFileSync(file, await page.pdf({ format }));
  const text = execFileSync(pdftotext, ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  // pdftotext ends every page with a form feed.
  return text
    .split("\f")
    .slice(0, -1)
    .map((pageText) => pageText.normalize("NFKC"));
}

/**
 * Text as compared: white space collapsed, hyphens and dashes dropped, since pdftotext joins a word
 * hyphenated at a line end ("majority-" / "owned") and the endnotes set a dash after each term.
 */
export const flat = (text: string) => normalize(normalize(text).replace(/-/g, ""));

/** The printed text with the "*" marks of glossary terms removed. */
export const unmarked = (text: string) => text.replace(/\*/g, "");
