import { z } from "zod";

/** The pieces every content schema is made of, each with the message an author reads when a value is wrong. */

/** How a value that failed validation is quoted back to the author. */
export function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  return JSON.stringify(value);
}

const expectedDate = (issue: { input?: unknown }) => `Expected a date, received ${describe(issue.input)}`;

/** A real calendar day written as YYYY-MM-DD (2026-02-30 is not one), kept as its ISO string, ready for `<time datetime>`. */
export const isoDateSchema = z.iso.date({ error: expectedDate });

export const required = (expected: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? "Required" : `Expected ${expected}, received ${describe(issue.input)}`;

export const text = z
  .string({ error: required("text") })
  .trim()
  .min(1, { error: "Expected some text, received an empty string" });

export const httpUrl = z.url({ protocol: /^https?$/, error: "Expected an http(s) URL" });

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "Expected lowercase letters, digits and single hyphens" });
