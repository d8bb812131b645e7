"use client";

import { useEffect, useRef } from "react";
import { shareLink, showNotice, useNotice, useSpoken } from "./use-share-notice";

/**
 * The live region that says what happened to a link: copied, or shown selected for copying by hand
 * when the clipboard is refused; with the share sheet offered where it exists.
 */
export function ShareNoticeClient({ title }: { title: string }) {
  const notice = useNotice();
  const spoken = useSpoken();
  const manualField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!notice?.manualUrl) return;
    // After the browser has finished moving to the link's target, which resets focus.
    const frame = window.requestAnimationFrame(() => {
      manualField.current?.focus();
      manualField.current?.select();
    });
    return () => window.cancelAnimationFrame(frame);
  }, [notice]);

  // The live region is always in the page, apart from the box that shows the notice: a box that
  // appears is drawn in, where a live region that grew into one would count as a layout shift.
  return (
    <>
      <p role="status" aria-live="polite" className="visually-hidden">
        {spoken}
      </p>
      {notice && (
        <div className="share-notice">
          <p className="share-notice-message" aria-hidden="true">
            {notice.message}
          </p>
          {notice.manualUrl && (
            <input
              ref={manualField}
              className="share-notice-url"
              readOnly
              value={notice.manualUrl}
              aria-label="Link to copy"
              onFocus={(event) => event.currentTarget.select()}
            />
          )}
          {notice.shareUrl && (
            <button type="button" onClick={() => void shareLink(notice.shareUrl!, title)}>
              Share…
            </button>
          )}
          <button type="button" className="share-notice-close" onClick={() => showNotice(null)} aria-label="Close">
            ×
          </button>
        </div>
      )}
    </>
  );
}
