"use client";

import { useState } from "react";
import { writeStored } from "@/lib/browser/storage-client";
import { READING_KEY, READING_STYLE_ID } from "@/lib/reading/reading";

/** "Forget my reading": clears where the reader left off in every article, and the read marks. */
export function ForgetReadingClient() {
  const [done, setDone] = useState(false);
  return (
    <div className="preferences-forget">
      <button
        type="button"
        className="text-button"
        onClick={() => {
          writeStored(READING_KEY, null);
          document.getElementById(READING_STYLE_ID)?.remove();
          setDone(true);
        }}
      >
        Forget my reading
      </button>
      <p role="status">{done ? "Forgotten: no article is marked read, and none offers to continue." : ""}</p>
    </div>
  );
}
