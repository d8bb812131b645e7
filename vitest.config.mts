import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // As Next.js resolves it for server code: the queries module is tested in Node.
      "server-only": fileURLToPath(new URL("node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // The tests' content stores, apart from the site's (lib/content/store).
    env: { GLOSS_STORE_DIR: path.join(tmpdir(), `gloss-unit-stores-${process.pid}`) },
  },
});
