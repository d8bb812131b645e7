/**
 * This browser's local storage, where the reader's preferences, known terms and reading are kept.
 * Storage can be refused (private windows, settings): then nothing is remembered and nothing fails.
 */
import "client-only";

/** The value saved under `key`, or null. */
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Saves `value` under `key`; null forgets it. */
export function writeStored(key: string, value: string | null) {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Refused: the change holds for this page only.
  }
}
