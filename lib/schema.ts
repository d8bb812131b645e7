import { z } from "zod";

/** How a value that failed validation is quoted back to the author. */
function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  return JSON.stringify(value);
}

const expectedDate = (issue: { input?: unknown }) => `Expected a date, received ${describe(issue.input)}`;

/** A real calendar day written as YYYY-MM-DD (2026-02-30 is not one), kept as its ISO string, ready for `<time datetime>`. */
const isoDateSchema = z.iso.date({ error: expectedDate });

const required = (expected: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? "Required" : `Expected ${expected}, received ${describe(issue.input)}`;

const text = z
  .string({ error: required("text") })
  .trim()
  .min(1, { error: "Expected some text, received an empty string" });

const httpUrl = z.url({ protocol: /^https?$/, error: "Expected an http(s) URL" });

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "Expected lowercase letters, digits and single hyphens" });

export const articleFrontmatterSchema = z.strictObject({
  title: text,
  dek: text,
  date: isoDateSchema,
  author: z.strictObject(
    {
      name: text,
      bio: text.optional(),
    },
    { error: required("fields (name, bio)") },
  ),
  source: z
    .strictObject(
      {
        name: text,
        url: httpUrl.optional(),
      },
      { error: required("fields (name, url)") },
    )
    .optional(),
  /** The original reporting this article retells, credited under the byline ("Based on reporting by …"). */
  basedOn: z
    .strictObject(
      {
        publication: text,
        author: text,
        title: text,
        date: isoDateSchema,
        url: httpUrl.optional(),
      },
      { error: required("fields (publication, author, title, date, url)") },
    )
    .optional(),
  /** The day the article last changed after it was published, when it did. */
  updated: isoDateSchema.optional(),
  /** What was wrong and when it was put right, shown at the end of the article. */
  corrections: z
    .array(z.strictObject({ date: isoDateSchema, note: text }, { error: required("fields (date, note)") }), {
      error: required("a list of `- date: …, note: …` items"),
    })
    .optional(),
  /** Per-article control over glossary links. */
  glossary: z
    .strictObject(
      {
        /** Phrases the matcher would miss, each with the term id it means: `"Rubin CPU": vera`. */
        add: z.record(text, slugSchema, { error: required("`phrase: term-id` lines") }).default({}),
        /** Term ids never linked in this article (a person named Vera is not a chip). */
        ignore: z.array(slugSchema, { error: required("a list of term ids") }).default([]),
        /** The section after which "Chips at a glance" is shown. */
        chipsAfter: slugSchema.optional(),
      },
      { error: required("fields (add, ignore, chipsAfter)") },
    )
    .optional(),
});

/** What "Chips at a glance" shows for a chip, or for a kind of chip. */
const chipSchema = z.strictObject(
  {
    /** Row order in the table. */
    order: z.number({ error: required("a number") }).int(),
    maker: text,
    kind: text,
    instructionSet: text,
    use: text,
    sold: text,
  },
  { error: required("fields (order, maker, kind, instructionSet, use, sold)") },
);

export const glossaryFrontmatterSchema = z.strictObject({
  term: text,
  aliases: z.array(text, { error: required("a list") }).default([]),
  short: text.refine((value) => /[.!?]$/.test(value), {
    error: "Expected one sentence ending in a full stop",
  }),
  /** Ids of other glossary terms worth reading next. */
  related: z.array(slugSchema, { error: required("a list of term ids") }).default([]),
  chip: chipSchema.optional(),
});

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

/**
 * Formats zod issues as indented `field: message` lines, one line for each unknown field, with the
 * field's line in the file when `lineOf` knows it (`  date (line 4): Expected a date…`).
 */
export function formatIssues(error: z.ZodError, lineOf?: (path: PropertyKey[]) => number | undefined): string {
  return error.issues
    .flatMap((issue) => {
      const at = (path: PropertyKey[]) => {
        const field = path.map(String).join(".") || "(frontmatter)";
        const line = path.length > 0 ? lineOf?.(path) : undefined;
        return line === undefined ? field : `${field} (line ${line})`;
      };
      if (issue.code === "unrecognized_keys") {
        return issue.keys.map((key) => `  ${at([...issue.path, key])}: Unknown field (check its spelling)`);
      }
      return [`  ${at(issue.path)}: ${issue.message}`];
    })
    .join("\n");
}
