"use client";

import { useEffect, useRef, useState } from "react";
import { useBrowser } from "../shared/use-browser";
import { showNotice } from "../sharing/use-share-notice";
import type { Speaker } from "./speaker-client";

const SPEEDS = [0.75, 1, 1.25, 1.5, 2];

type State = "idle" | "playing" | "paused";

/**
 * Listen, Pause, Resume, Stop and the speed for reading the article aloud (the reading itself is
 * fetched on the first press). Hidden where the browser cannot speak.
 */
export function ListenClient() {
  // Unknown until hydrated: the controls keep their place (invisible) until then, so nothing shifts.
  const supported = useBrowser<boolean | null>(
    () => "speechSynthesis" in window && typeof SpeechSynthesisUtterance === "function",
    null,
  );
  const [state, setState] = useState<State>("idle");
  const [rate, setRate] = useState(1);
  const speaking = useRef<Promise<Speaker> | null>(null);

  useEffect(() => {
    return () => {
      if ("speechSynthesis" in window) window.speechSynthesis.cancel();
    };
  }, []);

  /** This page's speaker, fetched once (asked again after a failed fetch). */
  const withSpeaker = (work: (speaker: Speaker) => void) => {
    speaking.current ??= import("./speaker-client").then(({ speaker }) => speaker(() => setState("idle")));
    speaking.current.then(work, () => {
      speaking.current = null;
      setState("idle");
      showNotice({ message: "Listen could not be loaded: check the connection, then try again." });
    });
  };

  const playPause = () => {
    if (state === "playing") {
      window.speechSynthesis.pause();
      setState("paused");
    } else if (state === "paused") {
      window.speechSynthesis.resume();
      setState("playing");
    } else {
      setState("playing");
      withSpeaker((speaker) => {
        speaker.rate = rate;
        speaker.speakFrom(0);
      });
    }
  };

  const stop = () => {
    setState("idle");
    withSpeaker((speaker) => speaker.stop());
  };

  const changeRate = (value: number) => {
    setRate(value);
    // A new speed applies from the start of the block being read (or, paused, from the next one).
    if (speaking.current)
      withSpeaker((speaker) => {
        speaker.rate = value;
        if (state === "playing") speaker.speakFrom();
      });
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
