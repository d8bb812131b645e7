import type { z } from "zod";
import { firstBlock } from "../markdown/rendered";
import { createRenderer } from "../markdown/render";
import { glossaryFrontmatterSchema, type GlossaryEntry } from "../schema";
import type { SourceFile } from "./files";
import { formatIssues, type Problems } from "./problems";

/** The file's frontmatter as `schema` types it, or undefined with every bad field reported. */
export function validate<T extends z.ZodType>(schema: T, file: SourceFile, kind: string, problems: Problems) {
  const result = schema.safeParse(file.data);
  if (result.success) return result.data;
  return problems.report(file.name, `frontmatter does not match the ${kind} schema\n${formatIssues(result.error, file.fieldLine)}`);
}

/** Reports every id in `fields` that is not a glossary term; true when all are known. */
export function checkTermIds(
  file: SourceFile,
  fields: Record<string, readonly string[]>,
  glossary: ReadonlyMap<string, GlossaryEntry>,
  problems: Problems,
): boolean {
  const unknown = Object.entries(fields).flatMap(([field, ids]) =>
    ids.filter((id) => !glossary.has(id)).map((id) => `  ${field}: "${id}" is not a glossary term`),
  );
  if (unknown.length) problems.report(file.name, `frontmatter refers to unknown glossary terms\n${unknown.join("\n")}`);
  return unknown.length === 0;
}

/**
 * The glossary, keyed by term id: each entry validated, its explanation rendered (without anchors
 * or term links), and its related terms checked.
 */
export function buildGlossary(files: SourceFile[], problems: Problems): Map<string, GlossaryEntry> {
  const render = createRenderer({ anchors: false });
  const glossary = new Map<string, GlossaryEntry>();
  const fileOf = new Map<string, SourceFile>();
  for (const file of files) {
    const data = validate(glossaryFrontmatterSchema, file, "glossary", problems);
    if (!data) continue;
    if (!file.body.trim()) {
      problems.report(file.name, "the explanation (the Markdown body) is empty");
      continue;
    }
    const { html } = render(file.body);
    glossary.set(file.id, { ...data, id: file.id, html, summaryHtml: firstBlock(html) });
    fileOf.set(file.id, file);
  }
  for (const entry of glossary.values()) checkTermIds(fileOf.get(entry.id)!, { related: entry.related }, glossary, problems);
  return glossary;
}
