import { z } from "zod";
import { httpUrl, isoDateSchema, required, slugSchema, text } from "./fields";

/** What authors write: the frontmatter of an article and of a glossary entry. */

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
export const chipSchema = z.strictObject(
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
