"use client";

import { useState } from "react";
import { writeStored } from "@/lib/browser/storage-client";
import { readHighlights, writeHighlights } from "@/lib/highlights/store-client";
import { HIGHLIGHTS_PATH } from "@/lib/paths";
import { READING_KEY, READING_STYLE_ID } from "@/lib/reading/reading";

/**
 * "Forget my reading": clears where the reader left off in every article, and the read marks; then,
 * when highlights are kept, asks whether to forget them too (they are never cleared without asking).
 */
export function ForgetReadingClient() {
  const [step, setStep] = useState<"idle" | "ask" | "done" | "all">("idle");
  const count = step === "ask" ? readHighlights().length : 0;
  const plural = (n: number) => `${n} highlight${n === 1 ? "" : "s"}`;
  return (
    <div className="preferences-forget">
      <a href={HIGHLIGHTS_PATH}>Your highlights</a>
      <button
        type="button"
        className="text-button"
        onClick={() => {
          writeStored(READING_KEY, null);
          document.getElementById(READING_STYLE_ID)?.remove();
          setStep(readHighlights().length > 0 ? "ask" : "done");
        }}
      >
        Forget my reading
      </button>
      <p role="status">
        {step === "done" && "Forgotten: no article is marked read, and none offers to continue."}
        {step === "all" && "Forgotten: your reading, and your highlights and notes."}
        {step === "ask" && `Reading forgotten. Forget your ${plural(count)} and their notes too?`}
      </p>
      {step === "ask" && (
        <div className="preferences-forget-ask">
          <button
            type="button"
            className="text-button"
            onClick={() => {
              writeHighlights([]);
              setStep("all");
            }}
          >
            Forget highlights too
          </button>
          <button type="button" className="text-button" onClick={() => setStep("done")}>
            Keep them
          </button>
        </div>
      )}
    </div>
  );
}
