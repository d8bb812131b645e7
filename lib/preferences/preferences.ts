import { KNOWN_TERMS_KEY, KNOWN_TERMS_STYLE_ID, knownTermsCss, parseKnownTerms } from "../known-terms/known-terms";
import { parseReading, READING_KEY, READING_STYLE_ID, readingCss } from "../reading/reading";

/** Reader preferences: each a data attribute on <html>, saved in localStorage. */
export const PREFERENCES = {
  size: {
    label: "Text size",
    default: "m",
    options: { s: "Small", m: "Medium", l: "Large", xl: "Larger", xxl: "Largest" },
  },
  theme: {
    label: "Theme",
    default: "system",
    options: { system: "System", light: "Light", dark: "Dark", sepia: "Sepia" },
  },
  width: { label: "Line width", default: "wide", options: { narrow: "Narrow", wide: "Wide" } },
  explain: {
    label: "Explain terms",
    default: "unknown",
    options: { all: "All", unknown: "Not the ones I know", none: "None" },
  },
} as const;

export type PreferenceName = keyof typeof PREFERENCES;
export type Preferences = { [Name in PreferenceName]: keyof (typeof PREFERENCES)[Name]["options"] };

export const STORAGE_KEY = "gloss:preferences";

/**
 * Run in <head> before the first paint, so a saved theme or size never flashes: copies the saved,
 * known values onto <html>, and marks it `data-scripts` so that notes for readers without
 * JavaScript (`.no-scripts-only`) never show to the others; then writes the rules for the terms
 * the reader knows and the articles they have read (lib/reader/, whose functions it carries).
 * Dependency-free; it is inlined as it is.
 */
export const APPLY_PREFERENCES_SCRIPT = `document.documentElement.setAttribute("data-scripts","");try{var k=${JSON.stringify(STORAGE_KEY)},o=${JSON.stringify(
  Object.fromEntries(Object.entries(PREFERENCES).map(([name, { options }]) => [name, Object.keys(options)])),
)},p=JSON.parse(localStorage.getItem(k)||"{}"),d=document.documentElement;for(var n in o)if(o[n].indexOf(p[n])>=0)d.setAttribute("data-"+n,p[n]);function w(i,c){if(c){var s=document.createElement("style");s.id=i;s.textContent=c;document.head.appendChild(s)}}w(${JSON.stringify(KNOWN_TERMS_STYLE_ID)},(${knownTermsCss.toString()})((${parseKnownTerms.toString()})(localStorage.getItem(${JSON.stringify(KNOWN_TERMS_KEY)}))));w(${JSON.stringify(READING_STYLE_ID)},(${readingCss.toString()})((${parseReading.toString()})(localStorage.getItem(${JSON.stringify(READING_KEY)}))))}catch(e){}`;
