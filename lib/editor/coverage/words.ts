/** The words glossary coverage passes over: acronyms every reader knows, the calendar, and plain words. */

/** Acronyms every reader knows. */
export const KNOWN_ACRONYMS = new Set([
  "AI",
  "CEO",
  "CFO",
  "CTO",
  "COO",
  "US",
  "USA",
  "UK",
  "EU",
  "UN",
  "TV",
  "OK",
  "PR",
  "HR",
]);
export const CALENDAR = new Set(
  "January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(
    " ",
  ),
);
/** Words that begin or end no term: function words, and the qualifiers news prose is full of. */
export const PLAIN = new Set(
  `a an the and or but nor of in on at to for from by with without into onto over under about above below after before
  between through during against among within across per via as than then that this these those there here it its it's
  is are was were be been being has have had do does did will would can could should may might must shall not no
  yes so such very more most less least much many few some any all each every other another own same also just
  only even still yet already again once twice both either neither which who whom whose what when where why how
  we our us you your they their them he his him she her i my me new old large small big great high low good bad
  significant substantial specific particular important key major minor main entire whole total overall certain
  various several general direct directly effectively precisely explicitly previously primarily recently earlier
  later last next first second third additional further recent current latest early late long short full part
  portion way ways time times year years month months week weeks day days today year's said says say according`.split(
    /\s+/,
  ),
);
