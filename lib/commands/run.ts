/**
 * How every command and build step ends: `main` runs; when it throws, the error is printed after
 * `name` (with what to do next, when given) and the process exits with status 1. The entry points
 * in this folder are the only code that ends the process; everything they call throws instead.
 */
export function runCommand(name: string, main: () => Promise<void> | void, next?: string): void {
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      if (next) console.error(next);
      process.exit(1);
    });
}

/** What to do after a build step fails: the pages already built are left as they are. */
export const buildAgain = (htmlRoot: string) =>
  `Run \`npm run build\` (or \`npm run export\`) again; the pages in ${htmlRoot} are unchanged.`;

/** Seconds since `started` (a `performance.now()`), to one decimal. */
export const secondsSince = (started: number) => ((performance.now() - started) / 1000).toFixed(1);
