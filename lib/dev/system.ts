import { execFileSync, execSync } from "node:child_process";

/** The path of `command` on PATH, or undefined. */
export function onPath(command: string): string | undefined {
  try {
    return execFileSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Runs a shell command, reporting (not throwing) when it fails. */
export function tryRun(command: string): boolean {
  try {
    execSync(command, { stdio: "inherit" });
    return true;
  } catch {
    console.warn(`"${command}" did not succeed.`);
    return false;
  }
}

/** Installs a Debian package when running as root on a machine with apt; false when it cannot. */
export function aptInstall(debianPackage: string): boolean {
  if (process.getuid?.() !== 0 || !onPath("apt-get")) return false;
  return tryRun(
    `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${debianPackage}`,
  );
}

/** The path of `command`, installing `debianPackage` first when it is missing. Throws when it cannot. */
export function ensureCommand(command: string, debianPackage: string): string {
  const found = onPath(command) ?? (aptInstall(debianPackage) ? onPath(command) : undefined);
  if (!found) throw new Error(`The tests need ${command}: install the ${debianPackage} package.`);
  return found;
}
