"use client";

import { Suspense, useEffect, useState } from "react";
import { readStored, writeStored } from "@/lib/browser/storage-client";
import { setPageStyle } from "@/lib/browser/page-style-client";
import {
  parseReading,
  READING_KEY,
  READING_SELECTORS,
  READING_STYLE_ID,
  readingCss,
  recordPlace,
} from "@/lib/reading/reading";
import { CLASS } from "@/lib/hooks";
import { fetchedOnUse } from "../shared/fetched-on-use";

/** The offer itself, fetched only on a visit that has a place to offer. */
const ContinueReadingClient = fetchedOnUse(() =>
  import("./continue-reading-client").then((code) => code.ContinueReadingClient),
);

/** The blocks a place is remembered by: paragraphs and section headings, each with its own id. */
const PLACES = `.${CLASS.articleBody} :is(p, h2, h3)[id]`;

const saved = () => parseReading(readStored(READING_KEY));

/**
 * The place being read: the first block that starts below the site's header, or, inside a block
 * taller than the window, that block.
 */
function currentPlace(blocks: HTMLElement[]): { at: string; read: boolean } | null {
  const top = document.querySelector(`.${CLASS.siteHeader}`)?.getBoundingClientRect().bottom ?? 0;
  const found = blocks.findIndex((block) => block.getBoundingClientRect().top >= top - 4);
  const next = found === -1 ? blocks.length - 1 : found;
  const before = blocks[next - 1];
  const at = before && before.getBoundingClientRect().bottom > window.innerHeight ? before : blocks[next];
  const last = blocks[blocks.length - 1];
  if (!at || !last) return null;
  return { at: at.id, read: last.getBoundingClientRect().bottom <= window.innerHeight };
}

/**
 * Remembers, in this browser only, how far the reader got in this article (the paragraph or
 * heading at the top of the window, saved a moment after scrolling stops), and on a later visit
 * opened without a link to a place, offers to continue from there (ContinueReadingClient).
 */
export function ReadingPositionClient({ slug }: { slug: string }) {
  const [offer, setOffer] = useState<HTMLElement | null>(null);

  useEffect(() => {
    const blocks = () => [...document.querySelectorAll<HTMLElement>(PLACES)];
    const place = saved()[slug];
    const frame = requestAnimationFrame(() => {
      const target = place && !place.read && !location.hash ? document.getElementById(place.at) : null;
      if (target && target !== blocks()[0]) setOffer(target);
    });
    let timer = 0;
    const save = () => {
      window.clearTimeout(timer);
      timer = 0;
      const now = currentPlace(blocks());
      if (!now) return;
      const reading = recordPlace(saved(), slug, { ...now, time: Date.now() });
      writeStored(READING_KEY, JSON.stringify(reading));
      // Lists shown next inside this document (by a link the site follows itself) mark it too.
      setPageStyle(READING_STYLE_ID, readingCss(reading, READING_SELECTORS));
    };
    const onScroll = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(save, 300);
    };
    // Leaving within the pause after a scroll still saves it.
    const onLeave = () => {
      if (timer) save();
    };
    window.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("pagehide", onLeave);
    return () => {
      cancelAnimationFrame(frame);
      onLeave();
      window.removeEventListener("scroll", onScroll);
      window.removeEventListener("pagehide", onLeave);
    };
  }, [slug]);

  if (!offer) return null;
  return (
    <Suspense fallback={null}>
      <ContinueReadingClient target={offer} onDone={() => setOffer(null)} />
    </Suspense>
  );
}
