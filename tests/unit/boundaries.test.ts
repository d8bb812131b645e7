import { ESLint } from "eslint";
import { describe, expect, test } from "vitest";

/**
 * The import boundaries the lint enforces (eslint.config.mjs), checked on code written here as if
 * it stood at a path of the project: each bad import fails, and its allowed twin passes.
 */
const eslint = new ESLint();

/** What the lint says of a file at `filePath` with `code`: each message after its rule. */
async function broken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

/** Some message, each of `rule`, and one saying `why`. */
const refused = (rule: string, why: RegExp) => (messages: string[]) => {
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) expect(message.startsWith(`${rule}: `), message).toBe(true);
  expect(
    messages.some((message) => why.test(message)),
    messages.join("\n"),
  ).toBe(true);
};
const badImport = (why: RegExp) => refused("no-restricted-imports", why);

describe("the lint's boundaries", { timeout: 60_000 }, () => {
  test("a component never loads content: it gets its data from the route", async () => {
    const bad = await broken(
      "components/article/example.tsx",
      'import { getArticle } from "@/lib/content/index";\nexport const Example = () => String(getArticle);\n',
    );
    badImport(/Components get their data from the route/)(bad);
    const routeMayAsk = await broken(
      "app/example/page.tsx",
      'import { getArticle } from "@/lib/content/index";\nexport default function Page() { return String(getArticle); }\n',
    );
    expect(routeMayAsk).toEqual([]);
  });

  test("browser code never imports server code or Node.js, and lib's browser modules are browser code", async () => {
    for (const [file, from] of [
      ["components/sharing/example-client.tsx", "@/lib/markdown/render"],
      ["components/sharing/use-example.ts", "@/lib/editor/import"],
      ["lib/sharing/example-client.ts", "../content/load"],
      ["lib/sharing/example-client.ts", "node:fs"],
    ]) {
      const bad = await broken(file, `import * as server from "${from}";\nexport const used = server;\n`);
      badImport(from.startsWith("node:") ? /no Node\.js modules/ : /never imports server code/)(bad);
    }
    const pure = await broken(
      "components/sharing/example-client.tsx",
      'import { CLASS } from "@/lib/hooks";\nexport const used = CLASS;\n',
    );
    expect(pure).toEqual([]);
  });

  test("nothing outside tests/ imports from tests/, and only the commands and benchmarks end the process", async () => {
    const fromTests = await broken(
      "bench/example.ts",
      'import { ARTICLE } from "../tests/support/site";\nexport const used = ARTICLE;\n',
    );
    badImport(/Nothing outside tests\/ imports from tests\//)(fromTests);
    const exit = "export function stop() {\n  process.exit(1);\n}\n";
    refused(
      "no-restricted-properties",
      /only lib\/commands\/ and bench\//,
    )(await broken("lib/content/example.ts", exit));
    expect(await broken("lib/commands/example.ts", exit)).toEqual([]);
  });

  test("links between pages are plain links: next/link is refused", async () => {
    const bad = await broken(
      "components/lists/example.tsx",
      'import Link from "next/link";\nexport const Example = () => <Link href="/">Home</Link>;\n',
    );
    badImport(/plain <a> that loads a document/)(bad);
  });
});
