/** Runs every benchmark in turn: npm run bench. Each prints its figures beside its goals. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { ROOT } from "./support";

const BENCHES = ["pipeline", "build", "export", "publish", "weight", "serve", "search", "highlights"];
let failed = false;
for (const name of BENCHES) {
  console.log(`\n=== ${name} ===\n`);
  const result = spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), [path.join(__dirname, `${name}.ts`)], {
    stdio: "inherit",
  });
  failed ||= result.status !== 0;
}
process.exitCode = failed ? 1 : 0;
