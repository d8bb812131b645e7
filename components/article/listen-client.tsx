"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useBrowser } from "../shared/use-browser";
import { CLASS, DATA } from "@/lib/hooks";

const SPEEDS = [0.75, 1, 1.25, 1.5, 2];
const BLOCKS = `.${CLASS.articleBody} :is(h2, h3, p, li)`;

type State = "idle" | "playing" | "paused";

/**
 * Reads the article aloud with the browser's speech synthesis, a block at a time: the block being
 * read is marked and kept in view. Hidden where the browser cannot speak.
 */
export function ListenClient() {
  // Unknown until hydrated: the controls keep their place (invisible) until then, so nothing shifts.
  const supported = useBrowser<boolean | null>(
    () => "speechSynthesis" in window && typeof SpeechSynthesisUtterance === "function",
    null,
  );
  const [state, setState] = useState<State>("idle");
  const [rate, setRate] = useState(1);
  const index = useRef(0);
  const session = useRef(0);
  const rateRef = useRef(rate);

  useEffect(() => {
    return () => {
      if ("speechSynthesis" in window) window.speechSynthesis.cancel();
    };
  }, []);

  const mark = (block: Element | undefined) => {
    document.querySelectorAll(`[${DATA.speaking}]`).forEach((el) => el.removeAttribute(DATA.speaking));
    if (!block) return;
    block.setAttribute(DATA.speaking, "");
    const box = block.getBoundingClientRect();
    if (box.top < 80 || box.bottom > window.innerHeight) {
      const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      block.scrollIntoView({ block: "center", behavior: still ? "auto" : "smooth" });
    }
  };

  const speakFrom = useCallback((start: number) => {
    const blocks = Array.from(document.querySelectorAll(BLOCKS)).filter((el) => el.textContent?.trim());
    const run = ++session.current;
    const next = (at: number) => {
      if (run !== session.current) return;
      if (at >= blocks.length) {
        index.current = 0;
        mark(undefined);
        setState("idle");
        return;
      }
      index.current = at;
      const utterance = new SpeechSynthesisUtterance(blocks[at].textContent!.replace(/\s+/g, " ").trim());
      utterance.lang = document.documentElement.lang || "en";
      utterance.rate = rateRef.current;
      utterance.onstart = () => mark(blocks[at]);
      utterance.onend = () => next(at + 1);
      utterance.onerror = (event) => {
        // "interrupted" and "canceled" come from our own stop or speed change.
        if (event.error !== "interrupted" && event.error !== "canceled") next(at + 1);
      };
      window.speechSynthesis.speak(utterance);
    };
    window.speechSynthesis.cancel();
    setState("playing");
    next(start);
  }, []);

  const playPause = () => {
    if (state === "playing") {
      window.speechSynthesis.pause();
      setState("paused");
    } else if (state === "paused") {
      window.speechSynthesis.resume();
      setState("playing");
    } else {
      speakFrom(0);
    }
  };

  const stop = () => {
    session.current++;
    window.speechSynthesis.cancel();
    index.current = 0;
    mark(undefined);
    setState("idle");
  };

  const changeRate = (value: number) => {
    setRate(value);
    rateRef.current = value;
    // A new speed applies from the start of the block being read.
    if (state === "playing") speakFrom(index.current);
  };

  if (supported === false) return null;
  return (
    <span className="listen" data-ready={supported ? undefined : "false"}>
      <button type="button" onClick={playPause} aria-pressed={state === "playing"}>
        {state === "playing" ? "Pause" : state === "paused" ? "Resume" : "Listen"}
      </button>
      {state !== "idle" && (
        <button type="button" onClick={stop}>
          Stop
        </button>
      )}
      <label className="listen-speed">
        <span>Speed</span>
        <select value={rate} onChange={(event) => changeRate(Number(event.target.value))}>
          {SPEEDS.map((speed) => (
            <option key={speed} value={speed}>
              {speed}×
            </option>
          ))}
        </select>
      </label>
    </span>
  );
}
