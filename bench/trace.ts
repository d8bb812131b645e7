/** Reading a Chromium trace of a page load: what its main thread did, by phase. */

/**
 * Main-thread time in milliseconds, by phase, each event counted without the events of other phases
 * inside it (a script run while parsing is the scripts' time, not parsing's). `fonts` is the time spent
 * matching fonts, which falls within style and layout: a part of them, not a phase of its own.
 */
export interface Work {
  parse: number;
  script: number;
  style: number;
  layout: number;
  paint: number;
  fonts: number;
}

const PHASES: Record<string, keyof Work> = {
  ParseHTML: "parse",
  ParseAuthorStyleSheet: "parse",
  EvaluateScript: "script",
  FunctionCall: "script",
  RunMicrotasks: "script",
  UpdateLayoutTree: "style",
  Layout: "layout",
  PrePaint: "paint",
  Paint: "paint",
  Commit: "paint",
};

export interface TraceEvent {
  name: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { isLoadingMainFrame?: boolean; documentLoaderURL?: string } };
}

/** What a page's main thread did in the events that start before `end` (trace time, µs). */
export function mainThreadWork(events: TraceEvent[], end: number): Work {
  const work: Work = { parse: 0, script: 0, style: 0, layout: 0, paint: 0, fonts: 0 };
  const timed = events
    .filter((event) => event.dur !== undefined && event.ts < end)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const open: { phase: keyof Work; end: number; own: number }[] = [];
  const close = (until: number) => {
    while (open.length && open[open.length - 1].end <= until) {
      const done = open.pop()!;
      work[done.phase] += done.own / 1000;
    }
  };
  let fontsUntil = 0;
  for (const event of timed) {
    const phase = PHASES[event.name];
    const eventEnd = event.ts + event.dur!;
    if (event.name === "FontCache::GetFontPlatformData" && event.ts >= fontsUntil) {
      work.fonts += event.dur! / 1000;
      fontsUntil = eventEnd;
    }
    if (!phase) continue;
    close(event.ts);
    if (open.length) open[open.length - 1].own -= event.dur!;
    open.push({ phase, end: eventEnd, own: event.dur! });
  }
  close(Infinity);
  return work;
}

/** The page's own navigation in a trace (not a frame's, not about:blank): where its main thread's events start. */
export function navigationOf(events: TraceEvent[], url: string): TraceEvent {
  const start = events.find(
    (event) =>
      event.name === "navigationStart" &&
      event.args?.data?.isLoadingMainFrame &&
      event.args.data.documentLoaderURL?.startsWith("http"),
  );
  if (!start) throw new Error(`No navigation in the trace of ${url}`);
  return start;
}
