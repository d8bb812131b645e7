import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  // Formatting is Prettier's job: no lint rule argues with it.
  prettier,
  globalIgnores([
    ".next/**",
    ".bench/**",
    "out/**",
    "public/pagefind/**",
    "public/sw.js",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
  ]),
]);
