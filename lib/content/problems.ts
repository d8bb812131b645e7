import type { z } from "zod";

/** One or more content files are wrong; the message lists each file once, with every problem. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`${problems.length} content problem${problems.length === 1 ? "" : "s"}:\n${problems.join("\n")}`);
    this.name = "ContentError";
  }
}

/**
 * The one way content problems travel: every step reports to the same list (a file, the line where
 * known, and what is wrong) and goes on, so that one run names every problem; the caller stops
 * before publishing anything when the list is not empty.
 */
export class Problems {
  readonly list: string[] = [];

  /** Reports a problem in `file` (a path as shown to the editor), at `line` when known. */
  report(file: string, message: string, line?: number): undefined {
    this.list.push(`${line === undefined ? file : `${file}:${line}`}: ${message}`);
    return undefined;
  }

  /** Throws a ContentError naming every problem reported, if any. */
  throwIfAny(): void {
    if (this.list.length) throw new ContentError(this.list);
  }
}

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
