/**
 * The content's contract: zod schemas for what authors write (frontmatter.ts) and for what the
 * pipeline makes of it, and every content type, inferred from them.
 */
import { z } from "zod";
import { slugSchema } from "./fields";
import { articleFrontmatterSchema, chipSchema, glossaryFrontmatterSchema } from "./frontmatter";

export { slugSchema } from "./fields";
export { articleFrontmatterSchema, glossaryFrontmatterSchema } from "./frontmatter";

const sectionSchema = z.object({
  id: slugSchema,
  title: z.string(),
  depth: z.number().int().min(2).max(6),
});

/** A rendered article; its type is `Article`. */
export const articleSchema = articleFrontmatterSchema.extend({
  slug: slugSchema,
  /** Sanitized HTML of the body, with section ids and glossary links. */
  html: z.string(),
  sections: z.array(sectionSchema),
  /** Glossary ids linked from the body, in order of first appearance. */
  terms: z.array(slugSchema),
  /** For each linked term, the ids of the sections that mention it ("" before the first section). */
  mentions: z.record(slugSchema, z.array(z.string())),
  wordCount: z.number().int().nonnegative(),
  /** Minutes to read, for a fast and a slow reader. */
  readingTime: z.object({ min: z.number().int().positive(), max: z.number().int().positive() }),
  /** Where "Chips at a glance" goes in `html` (an offset), when `glossary.chipsAfter` asks for it. */
  chipsAt: z.number().int().nonnegative().optional(),
  /** The body for feed readers: links absolute, without the self-links and references to the page's glossary. */
  feedBody: z.string(),
  /** The paragraphs and list items as text, with how many term links each carries (the editor's report). */
  blocks: z.array(z.object({ text: z.string(), links: z.number().int().nonnegative() })),
});

/** A rendered glossary entry; its type is `GlossaryEntry`. */
export const glossaryEntrySchema = glossaryFrontmatterSchema.extend({
  id: slugSchema,
  /** Sanitized HTML of the longer, plain-language explanation. */
  html: z.string(),
  /** Its first paragraph: the short explanation an article's sidebar shows. */
  summaryHtml: z.string(),
});

export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Chip = z.infer<typeof chipSchema>;
export type Article = z.infer<typeof articleSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** A glossary entry that describes a chip, with its row of "Chips at a glance". */
export type ChipEntry = GlossaryEntry & { chip: Chip };

/** What a list of articles shows of each: never the text. */
export type ArticleSummary = Pick<
  Article,
  "slug" | "title" | "dek" | "date" | "updated" | "corrections" | "wordCount" | "readingTime"
>;

/** One month of the archive: its key ("2026-04") and how many articles it holds. */
export interface Month {
  key: string;
  year: number;
  /** 1 to 12. */
  month: number;
  count: number;
}
