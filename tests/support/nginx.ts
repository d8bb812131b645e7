import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { aptInstall, ensureCommand } from "../../lib/dev/system";

const BROTLI_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

/** deploy/nginx.conf, serving `root` on `port` instead of the folder and port it names. */
export function siteConfig(root: string, port: number): string {
  const config = readFileSync("deploy/nginx.conf", "utf8");
  const folder = /^\s*root (\S+);$/m.exec(config)?.[1];
  if (!folder || !/^(\s*)listen 80;$/m.test(config))
    throw new Error("deploy/nginx.conf has no `listen 80;` and `root …;` lines to point at the export");
  // The root, and the policies' map the export writes there.
  return config.replace(/^(\s*)listen 80;$/m, `$1listen ${port};`).replaceAll(folder, path.resolve(root));
}

export interface Nginx {
  close: () => Promise<void>;
}

/**
 * Starts nginx (Debian's, with its brotli_static module; installed when missing and running as
 * root) with the repository's deploy/nginx.conf, serving `root` on `port`. Everything it writes
 * stays in a temporary folder.
 */
export async function startNginx(root: string, port: number): Promise<Nginx> {
  const nginx = ensureCommand("nginx", "nginx");
  if (!existsSync(BROTLI_MODULE) && !aptInstall("libnginx-mod-http-brotli-static")) {
    throw new Error(
      "The tests of the export need nginx's brotli_static module: install libnginx-mod-http-brotli-static.",
    );
  }
  const prefix = mkdtempSync(path.join(tmpdir(), "gloss-nginx-"));
  writeFileSync(path.join(prefix, "gloss.conf"), siteConfig(root, port));
  writeFileSync(
    path.join(prefix, "nginx.conf"),
    [
      `load_module ${BROTLI_MODULE};`,
      "daemon off;",
      "worker_processes 1;",
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/error.log warn;`,
      "events { worker_connections 256; }",
      "http {",
      "  include /etc/nginx/mime.types;",
      "  default_type application/octet-stream;",
      "  access_log off;",
      ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `  ${kind}_temp_path ${prefix}/${kind};`),
      `  include ${prefix}/gloss.conf;`,
      "}",
    ].join("\n"),
  );
  const child: ChildProcess = spawn(nginx, ["-p", prefix, "-c", path.join(prefix, "nginx.conf")], { stdio: "pipe" });
  let output = "";
  child.stderr?.on("data", (chunk) => (output += chunk));
  await waitForPort(port, child, () => output);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          rmSync(prefix, { recursive: true, force: true });
          resolve();
        };
        // Already gone (it could not listen, say): nothing to wait for.
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once("exit", done);
        child.kill("SIGQUIT");
      }),
  };
}

async function waitForPort(port: number, child: ChildProcess, output: () => string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx stopped: ${output()}`);
    try {
      await fetch(`http://localhost:${port}/`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nginx did not answer on port ${port}: ${output()}`);
}
