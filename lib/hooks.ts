/**
 * Every class name and data attribute that browser code looks up, in one place, as paths.ts owns
 * ids and paths: the server markup (components, the Markdown pipeline, the HTML builders) writes
 * them from here, and the browser code finds elements by them from here, so the two never disagree.
 * Stylesheets spell the same names to style them. Pure: safe to import from server and browser code.
 */

/** Class names the browser code finds elements by. */
export const CLASS = {
  /** The header on every page (its height is where reading starts). */
  siteHeader: "site-header",
  siteFooter: "site-footer",
  /** An article's text: its sections, paragraphs and term links. */
  articleBody: "article-body",
  /** A glossary term's link in an article's text. */
  term: "term",
  /** A section's and a paragraph's link to itself. */
  headingLink: "heading-link",
  paragraphLink: "paragraph-link",
  /** The wrapper of a section heading and its link. */
  heading: "heading",
  /** The glossary beside an article, one of its entries, and the term an entry explains. */
  glossary: "glossary",
  glossaryEntry: "glossary-entry",
  glossaryTerm: "glossary-term",
  /** "I know this" on a glossary entry, and the fold of known terms beside an article. */
  knowToggle: "know-toggle",
  knownTerms: "known-terms",
  /** A list of articles, and the date and length line of each. */
  articleList: "article-list",
  meta: "meta",
} as const;

/** Data attributes the browser code finds elements by or sets, as written in HTML. */
export const DATA = {
  /** The term id of a term link in the text. */
  term: "data-term",
  /** The term id of an "I know this" toggle. */
  know: "data-know",
  /** A term link's own address, set aside while the term needs no explaining (it reads as plain text). */
  ownHref: "data-href",
  /** A link's own address, set aside while it points elsewhere (a known term's entry). */
  entry: "data-entry",
  /** The key of HTML written into the page once (see components/shared/static-html.tsx). */
  html: "data-html",
  /** An article's slug on its item in a list. */
  slug: "data-slug",
  /** The block being read aloud. */
  speaking: "data-speaking",
  /** A glossary entry of a term the section being read mentions. */
  inSection: "data-in-section",
  /** On <html>, once the head script ran: scripts run in this browser. */
  scripts: "data-scripts",
} as const;

/** `data-term` → `dataTerm`: a data attribute as hast (the Markdown pipeline, hastscript) names it. */
export const hastProperty = (attribute: (typeof DATA)[keyof typeof DATA]) =>
  attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** Selectors made of the names above, for the browser code. */
export const SELECT = {
  /** A term's link in an article's text, linked or not. */
  termMention: `a.${CLASS.term}[${DATA.term}]`,
  /** A term's link in an article's text that still leads somewhere. */
  termLink: `.${CLASS.articleBody} a.${CLASS.term}[href]`,
  /** Every "I know this" toggle. */
  knowToggle: `button[${DATA.know}]`,
  /** A section's or a paragraph's link to itself. */
  selfLink: `a.${CLASS.headingLink}, a.${CLASS.paragraphLink}`,
  /** A block of an article's text that links to quotes and highlights count in (the innermost match only). */
  textBlock: "p, h2, h3, h4, li, pre, blockquote > p, td, th",
} as const;
