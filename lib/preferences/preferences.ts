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

/** The attribute on <html> that carries a preference: `data-theme`. */
export const preferenceAttribute = (name: PreferenceName) => `data-${name}` as const;
