import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier";

/**
 * Which code may import which (README, "Boundaries"). A pattern matches an import as written,
 * through the `@/` alias (`@/lib/content/load`) or a relative path (`../content/load` inside lib/).
 */
const ban = (folders, message) => ({ regex: `(^|/)(${folders})(/|$)`, message });
const inLib = (folders) => `(lib/|\\.\\./)(${folders})`;
/** Test code is for the tests alone. */
const TESTS = ban("tests", "Nothing outside tests/ imports from tests/: shared helpers live in lib/dev.");
/** The tests', benchmarks' and commands' own code: never part of the site. */
const TOOLING = ban(inLib("dev|commands"), "The site never imports the command-line entry points or lib/dev.");
const LOADER = ban(
  inLib("content|markdown"),
  "Components get their data from the route (app/), which asks lib/content: they never load or render content.",
);
/** Server code: reading and rendering content, the editor's and the build's steps. */
const SERVER = inLib("content|markdown|editor|export|offline/write-worker|offline/manifest|search/build-index");
const BROWSER = [
  ban(SERVER, "Browser code never imports server code (content, Markdown, the editor's or the build's steps)."),
  ban(
    "components/shared/static-html",
    "StaticHtml is a server component; browser code writes HTML through PageHtmlClient.",
  ),
  { regex: "^node:", message: "Browser code has no Node.js modules." },
  { regex: "^server-only$", message: "This module runs in the browser." },
];
const NEXT_LINK = { name: "next/link", message: "Every link between pages is a plain <a> that loads a document." };
const restrict = (patterns, paths = []) => ["error", { patterns, paths }];
const only = (files, rule) => ({ files, rules: { "no-restricted-imports": rule } });

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  // Formatting is Prettier's job: no lint rule argues with it.
  prettier,
  {
    rules: {
      // Every link between pages loads a document (README, "Links between pages"): plain <a> elements.
      "@next/next/no-html-link-for-pages": "off",
      "no-restricted-imports": restrict([TESTS, TOOLING]),
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "exit",
          message: "Throw instead: only lib/commands/ and bench/ end the process.",
        },
      ],
    },
  },
  only(["app/**"], restrict([TESTS, TOOLING], [NEXT_LINK])),
  only(["components/**"], restrict([TESTS, TOOLING, LOADER], [NEXT_LINK])),
  // Browser code: client components, their hooks, lib's browser modules and the service worker.
  only(
    ["**/*-client.ts", "**/*-client.tsx", "components/**/use-*.ts", "lib/offline/sw.ts"],
    restrict([TESTS, TOOLING, LOADER, ...BROWSER], [NEXT_LINK]),
  ),
  // The entry points, the helpers the tests and benchmarks share, the benchmarks and the tests.
  only(["lib/commands/**", "lib/dev/**", "bench/**", "playwright.config.ts"], restrict([TESTS])),
  only(["tests/**"], "off"),
  { files: ["lib/commands/**", "bench/**"], rules: { "no-restricted-properties": "off" } },
  globalIgnores([
    ".next/**",
    ".bench/**",
    ".e2e/**",
    "out/**",
    "public/pagefind/**",
    "public/sw.js",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
  ]),
]);
