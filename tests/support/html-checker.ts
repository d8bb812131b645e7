import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { ensureCommand } from "../../lib/dev/system";

const VNU = path.resolve("node_modules/vnu-jar/build/dist/vnu.jar");

export interface MarkupError {
  file: string;
  line?: number;
  message: string;
}

/**
 * The Nu Html Checker's errors in `files` (HTML, and the CSS inside it), checked in one run of
 * Java (installed with Debian's default-jre-headless where it is missing).
 */
export async function checkMarkup(files: string[]): Promise<MarkupError[]> {
  const java = ensureCommand("java", "default-jre-headless");
  const { stderr } = await promisify(execFile)(
    java,
    ["-jar", VNU, "--errors-only", "--exit-zero-always", "--format", "json", ...files],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const { messages } = JSON.parse(stderr) as { messages: { url?: string; lastLine?: number; message: string }[] };
  return messages.map((message) => ({
    file: message.url ? path.relative(process.cwd(), new URL(message.url).pathname) : "(unknown)",
    line: message.lastLine,
    message: message.message,
  }));
}
