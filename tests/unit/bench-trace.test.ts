import { describe, expect, it } from "vitest";
import { mainThreadWork, type TraceEvent } from "../../bench/trace";

/** A main-thread event from `start` to `end`, in milliseconds (traces count microseconds). */
function event(name: string, start: number, end: number): TraceEvent {
  return { name, ts: start * 1000, dur: (end - start) * 1000, pid: 1, tid: 1 };
}

describe("mainThreadWork", () => {
  it("counts each phase's own time: a script run while parsing is the scripts' time", () => {
    const work = mainThreadWork(
      [event("ParseHTML", 0, 30), event("EvaluateScript", 10, 18), event("Layout", 40, 90), event("Paint", 95, 100)],
      Infinity,
    );
    expect(work).toEqual({ parse: 22, script: 8, style: 0, layout: 50, paint: 5, fonts: 0 });
  });

  it("takes the enclosing event first when two start together", () => {
    const work = mainThreadWork([event("FunctionCall", 0, 4), event("ParseHTML", 0, 10)], Infinity);
    expect(work.parse).toBe(6);
    expect(work.script).toBe(4);
  });

  it("counts font matching once where its events nest, as a part of layout's time", () => {
    const work = mainThreadWork(
      [
        event("Layout", 0, 100),
        event("FontCache::GetFontPlatformData", 10, 30),
        event("FontCache::GetFontPlatformData", 12, 28),
        event("FontCache::GetFontPlatformData", 50, 55),
      ],
      Infinity,
    );
    expect(work.fonts).toBe(25);
    expect(work.layout).toBe(100);
  });

  it("leaves out events that start at or after the end, and events without a duration", () => {
    const work = mainThreadWork(
      [event("Layout", 0, 10), event("Layout", 20, 30), { name: "Paint", ts: 5000, pid: 1, tid: 1 }],
      20_000,
    );
    expect(work.layout).toBe(10);
    expect(work.paint).toBe(0);
  });
});
