import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { SECURITY_HEADERS } from "../../next.config";

test("README asks static hosts for the very headers `next start` sends", () => {
  const readme = readFileSync("README.md", "utf8");
  const block = /```\n(Content-Security-Policy:[\s\S]*?)```/.exec(readme.replace(/^ {2}/gm, ""))?.[1];
  expect(block, "README's block of headers").toBeDefined();
  const documented = block!
    .trim()
    .split("\n")
    .map((line) => {
      const colon = line.indexOf(": ");
      return { key: line.slice(0, colon), value: line.slice(colon + 2) };
    });
  expect(documented).toEqual(SECURITY_HEADERS);
});
