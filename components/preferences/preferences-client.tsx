"use client";

import { useEffect, useId, useRef, useState } from "react";
import { writeStored } from "@/lib/browser/storage-client";
import { useHydrated } from "../shared/use-browser";
import { PREFERENCES, STORAGE_KEY, type PreferenceName, type Preferences } from "@/lib/preferences/preferences";
import { READING_KEY, READING_STYLE_ID } from "@/lib/reading/reading";

const NAMES = Object.keys(PREFERENCES) as PreferenceName[];
const defaults = Object.fromEntries(NAMES.map((name) => [name, PREFERENCES[name].default])) as Preferences;

/** What <html> carries now (the head script applied the saved values before the first paint). */
function current(): Preferences {
  const root = document.documentElement;
  const values = { ...defaults };
  for (const name of NAMES) {
    const value = root.getAttribute(`data-${name}`);
    if (value && value in PREFERENCES[name].options) Object.assign(values, { [name]: value });
  }
  return values;
}

/**
 * The display menu: text size, theme and line width, applied at once and remembered on this device.
 * It needs JavaScript to remember anything, so without it the menu stays hidden and the page follows
 * the system's theme.
 */
export function PreferencesClient() {
  const ready = useHydrated();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Preferences>(defaults);
  const panel = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  const choose = (name: PreferenceName, value: string) => {
    const next = { ...values, [name]: value };
    setValues(next);
    document.documentElement.setAttribute(`data-${name}`, value);
    writeStored(STORAGE_KEY, JSON.stringify(next));
  };

  return (
    <div className="preferences" hidden={!ready}>
      <button
        ref={button}
        type="button"
        className="preferences-button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => {
          // The head script may have applied saved values: show what the page carries now.
          if (!open) setValues(current());
          setOpen(!open);
        }}
      >
        Display
      </button>
      <div ref={panel} id={`${id}-panel`} className="preferences-panel" hidden={!open}>
        {NAMES.map((name) => (
          <fieldset key={name}>
            <legend>{PREFERENCES[name].label}</legend>
            <div className="preferences-options">
              {Object.entries(PREFERENCES[name].options).map(([value, label]) => (
                <label key={value}>
                  <input
                    type="radio"
                    name={`${id}-${name}`}
                    value={value}
                    checked={values[name] === value}
                    onChange={() => choose(name, value)}
                  />
                  <span>{label}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <ForgetReading />
      </div>
    </div>
  );
}

/** "Forget my reading": clears where the reader left off in every article, and the read marks. */
function ForgetReading() {
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
