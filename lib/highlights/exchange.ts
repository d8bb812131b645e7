/**
 * A reader's highlights leaving and entering the browser: as one Markdown file (for Obsidian, Logseq
 * and the like) and as JSON in the W3C Web Annotation format (an AnnotationCollection), which is also
 * what an import reads. Pure: the highlights page and the tests use it.
 */
import { formatDate } from "../format";
import { articlePath } from "../paths";
import { asHighlight, byArticle, CONTEXT_CHARS, HIGHLIGHTS_LIMIT, type Highlight } from "./highlights";

/** An import larger than this is refused before it is read: thousands of highlights take far less. */
export const IMPORT_LIMIT_BYTES = 5_000_000;

const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
/** Gloss's own terms: the article's title and date travel with each target, under Dublin Core's names. */
const GLOSS_CONTEXT = { dcterms: "http://purl.org/dc/terms/", title: "dcterms:title", issued: "dcterms:issued" };

/** Percent-encodes a text directive's part; `-`, `,` and `&` are syntax there, and brackets end a Markdown link. */
const encode = (text: string) =>
  encodeURIComponent(text).replace(/[-()]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
const WORDS_SHOWN = 4;
const CONTEXT_WORDS = 3;
/** Quotes up to this long go into a link word for word; longer ones by their first and last words. */
const EXACT_LINKED = 150;

/**
 * The text directive (`:~:text=…`) that takes a browser to a highlight's words, read from the
 * highlight alone (the highlights page does not have the article's text): a few words of its context
 * on either side, so an earlier occurrence of the same words is not taken for it.
 */
export function textDirective(h: Pick<Highlight, "exact" | "prefix" | "suffix">): string {
  const line = (text: string) => text.split("\n");
  const before = line(h.prefix).at(-1)!.trim().split(/\s+/).slice(1).slice(-CONTEXT_WORDS).join(" ");
  const after = line(h.suffix)[0].trim().split(/\s+/).slice(0, -1).slice(0, CONTEXT_WORDS).join(" ");
  const head = before ? `${encode(before)}-,` : "";
  const tail = after ? `,-${encode(after)}` : "";
  const words = h.exact.split(/\s+/);
  const quote =
    h.exact.length <= EXACT_LINKED && !h.exact.includes("\n")
      ? encode(h.exact)
      : `${encode(words.slice(0, WORDS_SHOWN).join(" "))},${encode(words.slice(-WORDS_SHOWN).join(" "))}`;
  return `:~:text=${head}${quote}${tail}`;
}

/** A highlight's address: its article, its paragraph (where the browser goes if the words are not found) and its words. */
export function highlightLink(
  highlight: Pick<Highlight, "slug" | "block" | "exact" | "prefix" | "suffix" | "changed">,
  origin = "",
): string {
  const words = highlight.changed ? "" : textDirective(highlight);
  const hash = highlight.block || words ? `#${highlight.block}${words}` : "";
  return `${origin}${articlePath(highlight.slug)}${hash}`;
}

/** Markdown block quote of `text`, every line quoted. */
const quoted = (text: string) =>
  text
    .split("\n")
    .map((line) => `> ${line}`.trimEnd())
    .join("\n");

/** Characters Markdown reads as markup at the start of a link's text, escaped. */
const escapeLinkText = (text: string) => text.replace(/([\\[\]])/g, "\\$1");

/**
 * One Markdown file: per article (newest highlight first) its title linked, and its date; then each
 * quote as a block quote, its note after it, and a link to its place.
 */
export function toMarkdown(highlights: readonly Highlight[], origin: string): string {
  const parts = ["# Highlights from Gloss", ""];
  for (const article of byArticle(highlights)) {
    parts.push(`## [${escapeLinkText(article.title)}](${origin}${articlePath(article.slug)})`, "");
    if (article.published) parts.push(`Published ${formatDate(article.published)}.`, "");
    for (const h of article.highlights) {
      parts.push(quoted(h.exact), "");
      if (h.changed) parts.push("*The article's text here has changed since this was highlighted.*", "");
      if (h.note) parts.push(h.note, "");
      parts.push(`[Go to the quote](${highlightLink(h, origin)})`, "");
    }
  }
  return `${parts.join("\n").trimEnd()}\n`;
}

const iso = (time: number) => new Date(time).toISOString();

/** The highlights as a W3C Web Annotation collection, one page. */
export function toAnnotations(highlights: readonly Highlight[], origin: string) {
  const items = byArticle(highlights).flatMap((article) =>
    article.highlights.map((h) => ({
      id: `urn:uuid:${h.id}`,
      type: "Annotation",
      motivation: h.note ? "commenting" : "highlighting",
      created: iso(h.created),
      modified: iso(h.modified),
      ...(h.note ? { body: { type: "TextualBody", value: h.note, format: "text/plain", purpose: "commenting" } } : {}),
      target: {
        source: {
          id: `${origin}${articlePath(h.slug)}`,
          type: "Text",
          format: "text/html",
          title: h.title,
          ...(h.published ? { issued: h.published } : {}),
        },
        selector: [
          { type: "TextQuoteSelector", exact: h.exact, prefix: h.prefix, suffix: h.suffix },
          ...(h.block
            ? [
                {
                  type: "FragmentSelector",
                  conformsTo: "http://tools.ietf.org/rfc/rfc3986",
                  value: h.block,
                  refinedBy: { type: "TextPositionSelector", start: h.start, end: h.start + h.exact.length },
                },
              ]
            : []),
        ],
      },
    })),
  );
  return {
    "@context": [ANNOTATION_CONTEXT, GLOSS_CONTEXT],
    type: "AnnotationCollection",
    label: "Highlights from Gloss",
    total: items.length,
    first: { type: "AnnotationPage", startIndex: 0, items },
  };
}

export class ImportError extends Error {}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const ofType = (value: unknown, type: string) => isObject(value) && list(value.type).includes(type);

/** The annotations a parsed file holds: a collection (first page), a page, a list, or one annotation. */
function annotationsOf(file: unknown): unknown[] {
  if (Array.isArray(file)) return file;
  if (ofType(file, "AnnotationCollection")) {
    const first = (file as Json).first;
    if (!ofType(first, "AnnotationPage"))
      throw new ImportError("The collection has no page of annotations (its “first”).");
    return list((first as Json).items);
  }
  if (ofType(file, "AnnotationPage")) return list((file as Json).items);
  if (ofType(file, "Annotation")) return [file];
  throw new ImportError(
    "This is not a file of highlights: it is not W3C Web Annotation JSON, as “Export JSON” writes.",
  );
}

/** The highlight an annotation describes; throws with what is wrong, `n` counting from 1. */
function highlightOf(annotation: unknown, n: number): Highlight {
  const fail = (what: string): never => {
    throw new ImportError(`Annotation ${n}: ${what}`);
  };
  if (!ofType(annotation, "Annotation")) fail("its type is not “Annotation”.");
  const a = annotation as Json;
  const target = isObject(a.target) ? a.target : fail("it has no target.");
  const source = isObject(target.source) ? target.source : { id: target.source };
  if (typeof source.id !== "string") fail("its target has no source address.");
  const slug = /\/articles\/([a-z0-9][a-z0-9-]*)\/?$/.exec(new URL(source.id as string, "http://x").pathname)?.[1];
  if (!slug) fail(`its source ${JSON.stringify(String(source.id).slice(0, 100))} is not an article of Gloss.`);
  const selectors = list(target.selector);
  const quote = selectors.find((s) => ofType(s, "TextQuoteSelector")) as Json | undefined;
  if (!quote || typeof quote.exact !== "string") fail("it has no TextQuoteSelector with the words (“exact”).");
  const fragment = selectors.find((s) => ofType(s, "FragmentSelector")) as Json | undefined;
  const position = fragment && isObject(fragment.refinedBy) ? fragment.refinedBy : undefined;
  const body = list(a.body).find((b) => ofType(b, "TextualBody")) as Json | undefined;
  const time = (value: unknown) =>
    typeof value === "string" && !Number.isNaN(Date.parse(value)) ? Date.parse(value) : NaN;
  const created = time(a.created);
  const modified = Number.isNaN(time(a.modified)) ? created : time(a.modified);
  // Another tool's ids may be addresses: kept as a name of word characters.
  const id =
    typeof a.id === "string"
      ? a.id
          .replace(/^urn:uuid:/, "")
          .replace(/[^\w-]+/g, "-")
          .slice(-100)
      : "";
  const highlight = asHighlight({
    id,
    slug,
    title: typeof source.title === "string" ? source.title : slug,
    published: typeof source.issued === "string" ? source.issued.slice(0, 10) : "",
    block: fragment && typeof fragment.value === "string" ? fragment.value : "",
    start: position && typeof position.start === "number" ? position.start : 0,
    exact: quote!.exact,
    prefix: typeof quote!.prefix === "string" ? quote!.prefix.slice(-CONTEXT_CHARS) : "",
    suffix: typeof quote!.suffix === "string" ? quote!.suffix.slice(0, CONTEXT_CHARS) : "",
    note: body && typeof body.value === "string" ? body.value : "",
    created,
    modified,
  });
  return highlight ?? fail("its id, dates, words or note are missing, malformed or too long.");
}

/**
 * The highlights a file holds, every one checked before any is taken: a file that is too large, not
 * JSON, not annotations, or holds one malformed annotation is refused whole with what is wrong.
 * A note is text: whatever markup it holds is kept as the characters it is and shown as such.
 */
export function fromAnnotations(text: string, bytes = text.length): Highlight[] {
  if (bytes > IMPORT_LIMIT_BYTES)
    throw new ImportError(
      `The file is ${(bytes / 1e6).toFixed(1)} MB; an export of highlights is far smaller (at most ${IMPORT_LIMIT_BYTES / 1e6} MB).`,
    );
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    throw new ImportError("The file is not JSON: choose a file that “Export JSON” wrote.");
  }
  const annotations = annotationsOf(file);
  if (annotations.length === 0) throw new ImportError("The file holds no highlights.");
  if (annotations.length > HIGHLIGHTS_LIMIT)
    throw new ImportError(`The file holds more than ${HIGHLIGHTS_LIMIT.toLocaleString("en-GB")} highlights.`);
  return annotations.map((annotation, index) => highlightOf(annotation, index + 1));
}
