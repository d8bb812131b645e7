"use client";

import { Suspense, useEffect, useId, useRef, useState } from "react";
import { writeStored } from "@/lib/browser/storage-client";
import { useHydrated } from "../shared/use-browser";
import { fetchedOnUse } from "../shared/fetched-on-use";
import {
  preferenceAttribute,
  PREFERENCES,
  STORAGE_KEY,
  type PreferenceName,
  type Preferences,
} from "@/lib/preferences/preferences";

/** "Forget my reading", fetched when the menu is first opened: every page carries the menu, few readers use it. */
const ForgetReadingClient = fetchedOnUse(() =>
  import("../reading/forget-reading-client").then((code) => code.ForgetReadingClient),
);

const NAMES = Object.keys(PREFERENCES) as PreferenceName[];
const defaults = Object.fromEntries(NAMES.map((name) => [name, PREFERENCES[name].default])) as Preferences;

/** What <html> carries now (the head script applied the saved values before the first paint). */
function current(): Preferences {
  const root = document.documentElement;
  const values = { ...defaults };
  for (const name of NAMES) {
    const value = root.getAttribute(preferenceAttribute(name));
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
  const [opened, setOpened] = useState(false);
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
    document.documentElement.setAttribute(preferenceAttribute(name), value);
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
          setOpened(true);
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
        {opened && (
          <Suspense fallback={null}>
            <ForgetReadingClient />
          </Suspense>
        )}
      </div>
    </div>
  );
}
