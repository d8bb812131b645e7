import type { Nodes } from "mdast";

/** A problem in a Markdown body, with the body line it is on when known. */
export class MarkdownError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = "MarkdownError";
  }
}

/** A MarkdownError located at `node`. */
export const failAt = (node: Nodes, message: string) => new MarkdownError(message, node.position?.start.line);
