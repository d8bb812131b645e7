/** Keys that act on text selected in an article: H highlights it, N highlights it and opens its note. */
export const SHORTCUTS = { highlight: "h", note: "n" } as const;
