/**
 * Reading an article aloud with the browser's speech synthesis, a block at a time: the block being
 * read is marked and kept in view. Fetched the first time the reader presses Listen.
 */
import "client-only";
import { CLASS, DATA } from "@/lib/hooks";

const BLOCKS = `.${CLASS.articleBody} :is(h2, h3, p, li)`;

/** Marks `block` as the one being read (none when undefined) and scrolls it into view if it is out of it. */
function mark(block: Element | undefined) {
  document.querySelectorAll(`[${DATA.speaking}]`).forEach((el) => el.removeAttribute(DATA.speaking));
  if (!block) return;
  block.setAttribute(DATA.speaking, "");
  const box = block.getBoundingClientRect();
  if (box.top < 80 || box.bottom > window.innerHeight) {
    const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    block.scrollIntoView({ block: "center", behavior: still ? "auto" : "smooth" });
  }
}

export interface Speaker {
  /** Reads from the `at`-th block (from the one being read when not given) to the end. */
  speakFrom(at?: number): void;
  /** Stops reading and forgets where it was. */
  stop(): void;
  /** The speed of what is read next. */
  rate: number;
}

/** A speaker for this page's article; `onEnd` is called when it has read the last block. */
export function speaker(onEnd: () => void): Speaker {
  let index = 0;
  let session = 0;
  const self: Speaker = {
    rate: 1,
    speakFrom(start = index) {
      const blocks = Array.from(document.querySelectorAll(BLOCKS)).filter((el) => el.textContent?.trim());
      const run = ++session;
      const next = (at: number) => {
        if (run !== session) return;
        if (at >= blocks.length) {
          index = 0;
          mark(undefined);
          onEnd();
          return;
        }
        index = at;
        const utterance = new SpeechSynthesisUtterance(blocks[at].textContent!.replace(/\s+/g, " ").trim());
        utterance.lang = document.documentElement.lang || "en";
        utterance.rate = self.rate;
        utterance.onstart = () => mark(blocks[at]);
        utterance.onend = () => next(at + 1);
        utterance.onerror = (event) => {
          // "interrupted" and "canceled" come from our own stop or speed change.
          if (event.error !== "interrupted" && event.error !== "canceled") next(at + 1);
        };
        window.speechSynthesis.speak(utterance);
      };
      window.speechSynthesis.cancel();
      next(start);
    },
    stop() {
      session++;
      window.speechSynthesis.cancel();
      index = 0;
      mark(undefined);
    },
  };
  return self;
}
