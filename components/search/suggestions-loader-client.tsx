"use client";

import { lazy, Suspense, useEffect, useState } from "react";

const Suggestions = lazy(() => import("./suggestions-client"));

/**
 * Loads the suggestions under a search field (./suggestions-client.tsx) the first time the reader
 * focuses it, so a page that is only read never fetches their script.
 */
export function SuggestionsLoaderClient({ fieldId }: { fieldId: string }) {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    const want = () => setWanted(true);
    // Already in use (the search page focuses its field, "/" may have): load at once.
    if (document.activeElement === field) return void queueMicrotask(want);
    field.addEventListener("focus", want, { once: true });
    return () => field.removeEventListener("focus", want);
  }, [fieldId]);
  return wanted ? (
    <Suspense fallback={null}>
      <Suggestions fieldId={fieldId} />
    </Suspense>
  ) : null;
}
