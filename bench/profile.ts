/**
 * Reading a V8 CPU profile of a page (from a build whose names are kept: `next build --no-mangling`):
 * which of the project's functions, or which part of the framework, the main thread's time went to.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./support";

/** The parts of a `Profiler.stop` result this reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * Where each function the project declares lives (`function name`, `const name = (…) =>`), by name:
 * a profile's frame of that name is the project's code. A name declared in several files lists them all.
 */
export function projectFunctions(): Map<string, string> {
  const files = execFileSync("git", ["ls-files", "-z", "app", "components", "lib"], { cwd: ROOT, encoding: "utf8" })
    .split("\0")
    .filter((file) => /\.(tsx?|mjs)$/.test(file) && !file.includes(".test."));
  const where = new Map<string, string[]>();
  const declared =
    /(?:function\s+([A-Za-z_$][\w$]*)|const\s+([A-Za-z_$][\w$]*)\s*=\s*(?:async\s*)?(?:\([^)]*\)|[\w$]+)\s*=>)/g;
  for (const file of files) {
    for (const match of readFileSync(path.join(ROOT, file), "utf8").matchAll(declared)) {
      const name = match[1] ?? match[2];
      const list = where.get(name) ?? [];
      if (!list.includes(file)) list.push(file);
      where.set(name, list);
    }
  }
  return new Map([...where].map(([name, list]) => [name, list.map((file) => path.basename(file)).join(" | ")]));
}

/** React's functions that mark a sample as rendering (hydrating) or committing (effects, refs, layout effects). */
const RENDERING = new Set(["performUnitOfWork", "beginWork", "renderWithHooks", "completeWork"]);
const COMMITTING = new Set([
  "commitRoot",
  "commitRootImpl",
  "flushPassiveEffects",
  "flushPassiveEffectsImpl",
  "commitPassiveMountOnFiber",
  "commitLayoutEffectOnFiber",
  "commitHookEffectListMount",
  "commitMutationEffectsOnFiber",
]);

/** Milliseconds of samples by what ran, between two times (µs, the profile's clock, which is the trace's). */
export function attribute(
  profile: CpuProfile,
  names: Map<string, string>,
  from = -Infinity,
  to = Infinity,
): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const totals = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let time = profile.startTime;
  for (let index = 0; index < samples.length; index++) {
    time += deltas[index] ?? 0;
    const took = (deltas[index + 1] ?? 0) / 1000;
    if (time < from || time > to || took <= 0) continue;
    const leaf = byId.get(samples[index])!.callFrame.functionName;
    if (leaf === "(idle)") continue;
    const stack: string[] = [];
    for (let id: number | undefined = samples[index]; id !== undefined; id = parent.get(id)) {
      stack.push(byId.get(id)!.callFrame.functionName);
    }
    const kind = stack.some((name) => COMMITTING.has(name))
      ? "effects"
      : stack.some((name) => RENDERING.has(name))
        ? "hydration"
        : undefined;
    // The outermost of the project's functions on the stack: the component, hook or handler that ran.
    const ours = stack.findLast((name) => names.has(name));
    const label =
      leaf === "(garbage collector)"
        ? "garbage collection"
        : leaf === "(program)"
          ? "the browser's own work (parsing, style, layout, paint)"
          : ours
            ? `${ours} (${names.get(ours)})${kind ? `, ${kind}` : ""}`
            : kind
              ? `React ${kind}, framework`
              : "Next.js and React, loading and routing";
    totals.set(label, (totals.get(label) ?? 0) + took);
  }
  return totals;
}
