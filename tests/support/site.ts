/**
 * The fixture site the browser tests build (`CONTENT_DIR=tests/fixtures/site`): its main article
 * and the facts about it the tests check. Editing `content/` never changes these.
 */
export const ARTICLE = "/articles/inside-the-chip-lab";
export const ARTICLE_SLUG = "inside-the-chip-lab";
export const TITLE = "Inside a chip lab, where CPUs and GPUs split the work";
export const AUTHOR = "Fixture Desk";
export const BYLINE = "By Fixture Desk for Fixture Wire";
/** The credit for the reporting it retells, under the byline. */
export const BASED_ON = {
  text: "Based on reporting by Ada Reporter for Fixture Times: A week inside the chip lab, 10 May 2026.",
  url: "https://example.org/fixture-times/chip-lab-week",
};
export const BIO = "The Fixture Desk writes the articles that the tests read. It has never visited a real lab.";
export const DATE = { iso: "2026-05-12", shown: "12 May 2026" };
/** The ids and titles of its sections, in order. */
export const SECTIONS = [
  ["the-visit", "The visit"],
  ["cpu-work", "Why the CPU matters"],
  ["rented", "Rented, not sold"],
  ["trainium", "Trainium, the other accelerator"],
  ["graviton-vs-vera", "Graviton against Vera"],
  ["next", "What comes next"],
] as const;
