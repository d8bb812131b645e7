import { fillStyle } from "../browser/style-rules";
import { DATA } from "../hooks";
import {
  KNOWN_TERMS_KEY,
  KNOWN_TERMS_SELECTORS,
  KNOWN_TERMS_STYLE_ID,
  knownTermsCss,
  parseKnownTerms,
} from "../known-terms/known-terms";
import { parseReading, READING_KEY, READING_SELECTORS, READING_STYLE_ID, readingCss } from "../reading/reading";
import { PREFERENCES, STORAGE_KEY } from "./preferences";

/** What the head script needs to know, written into it as JSON. */
const CONFIG = {
  scriptsAttribute: DATA.scripts,
  preferencesKey: STORAGE_KEY,
  /** Each preference's name and the values it may take. */
  options: Object.fromEntries(Object.entries(PREFERENCES).map(([name, { options }]) => [name, Object.keys(options)])),
  knownTerms: { key: KNOWN_TERMS_KEY, styleId: KNOWN_TERMS_STYLE_ID, select: KNOWN_TERMS_SELECTORS },
  reading: { key: READING_KEY, styleId: READING_STYLE_ID, select: READING_SELECTORS },
};

/**
 * Runs in <head> before the first paint, so a saved theme or size never flashes: marks <html> as a
 * page whose scripts run (so notes for readers without JavaScript never show to the others), copies
 * the saved preferences it knows onto <html>, then writes the rules for the terms the reader knows
 * and the articles they have read. Its helpers come as arguments: the script carries the source of
 * this function and of each helper, and nothing else, so none of them may use an import.
 */
function applyPreferences(
  config: typeof CONFIG,
  knownTerms: typeof parseKnownTerms,
  knownCss: typeof knownTermsCss,
  reading: typeof parseReading,
  readCss: typeof readingCss,
  fill: typeof fillStyle,
) {
  const root = document.documentElement;
  root.setAttribute(config.scriptsAttribute, "");
  try {
    const saved = JSON.parse(localStorage.getItem(config.preferencesKey) || "{}");
    for (const name in config.options) {
      if (config.options[name].includes(saved[name])) root.setAttribute(`data-${name}`, saved[name]);
    }
    const addStyle = (id: string, css: string) => {
      if (!css) return;
      const style = document.createElement("style");
      style.id = id;
      document.head.appendChild(style);
      fill(style, css);
    };
    const { knownTerms: known, reading: read } = config;
    addStyle(known.styleId, knownCss(knownTerms(localStorage.getItem(known.key)), known.select));
    addStyle(read.styleId, readCss(reading(localStorage.getItem(read.key)), read.select));
  } catch {
    // Storage refused (a private window, settings): the page shows its defaults.
  }
}

/** The head script's source: JSON with `<` escaped, so nothing in it can close the script element. */
export const HEAD_SCRIPT = `(${applyPreferences})(${JSON.stringify(CONFIG).replace(/</g, "\\u003c")},${parseKnownTerms},${knownTermsCss},${parseReading},${readingCss},${fillStyle})`;
