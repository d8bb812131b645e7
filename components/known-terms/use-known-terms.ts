"use client";

import { useMemo, useSyncExternalStore } from "react";
import { readStored, writeStored } from "@/lib/browser/storage-client";
import { KNOWN_TERMS_KEY, parseKnownTerms } from "@/lib/known-terms/known-terms";

/** Told when this tab changes the list; other tabs hear of it through the `storage` event. */
const CHANGED = "gloss:known-terms";

function subscribe(onChange: () => void) {
  const onStorage = (event: StorageEvent) => {
    if (event.key === KNOWN_TERMS_KEY || event.key === null) onChange();
  };
  window.addEventListener(CHANGED, onChange);
  window.addEventListener("storage", onStorage);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener("storage", onStorage);
  };
}

const saved = () => readStored(KNOWN_TERMS_KEY);

/** The terms the reader knows, read from this browser now. */
export const readKnownTerms = () => new Set(parseKnownTerms(saved()));

/** Marks a term known, or not, in this browser; every part of the page that shows it follows. */
export function setKnown(id: string, known: boolean) {
  const ids = readKnownTerms();
  if (known) ids.add(id);
  else ids.delete(id);
  writeStored(KNOWN_TERMS_KEY, JSON.stringify([...ids].sort()));
  window.dispatchEvent(new Event(CHANGED));
}

/** The terms the reader knows, as saved in this browser (none while the page hydrates). */
export function useKnownTerms(): ReadonlySet<string> {
  const raw = useSyncExternalStore(subscribe, saved, () => null);
  return useMemo(() => new Set(parseKnownTerms(raw)), [raw]);
}
