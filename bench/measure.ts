import { spawn } from "node:child_process";
import { ROOT, treeRss } from "./support";

/** How long a command took and the most memory it and its children held at once. */
export interface Measured {
  seconds: number;
  /** Bytes. */
  peak: number;
}

/** Runs `command` in the project with `env` added, sampling the memory of its process tree. */
export function measured(command: string, args: string[], env: Record<string, string>): Promise<Measured> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  let peak = 0;
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 200);
  return new Promise((resolve, reject) =>
    child.on("close", (code) => {
      clearInterval(sampler);
      if (code !== 0) return reject(new Error(`${command} ${args.join(" ")} failed (${code}):\n${output}`));
      resolve({ seconds: (performance.now() - started) / 1000, peak });
    }),
  );
}
