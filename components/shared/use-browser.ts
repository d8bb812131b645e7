"use client";

import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * A fact about the browser, read once hydration is done: `fallback` while the server renders and
 * while the page hydrates (so both agree), then the browser's answer.
 */
export const useBrowser = <T>(read: () => T, fallback: T): T => useSyncExternalStore(never, read, () => fallback);

/** True once the page runs in a browser with its scripts: controls that need JavaScript can show. */
export const useHydrated = () => useBrowser(() => true, false);
