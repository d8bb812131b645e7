"use client";

import { useEffect, useMemo, useRef } from "react";

/**
 * One pending delayed action (a card opening after a rest, or closing after a grace period):
 * starting one replaces the other, and nothing fires after the component is gone.
 */
export function useTimer() {
  const pending = useRef<number | undefined>(undefined);
  const timer = useMemo(
    () => ({
      after(ms: number, action: () => void) {
        window.clearTimeout(pending.current);
        pending.current = window.setTimeout(action, ms);
      },
      cancel() {
        window.clearTimeout(pending.current);
      },
    }),
    [],
  );
  useEffect(() => timer.cancel, [timer]);
  return timer;
}
