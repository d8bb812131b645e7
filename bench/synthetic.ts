import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { ROOT } from "./support";

const seed = matter(readFileSync(path.join(ROOT, "content", "articles", "meta-aws-graviton-deal.md"), "utf8"));
const paragraphs = seed.content
  .split(/\n\s*\n/)
  .map((block) => block.trim())
  .filter((block) => block && !block.startsWith("#"));

/**
 * Writes `count` articles shaped like the seed (six sections with explicit ids, its paragraphs and
 * glossary terms, a link and a list each) and the real glossary into `dir`, a content root.
 */
export function writeSyntheticContent(dir: string, count: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "articles"), { recursive: true });
  cpSync(path.join(ROOT, "content", "glossary"), path.join(dir, "glossary"), { recursive: true });
  for (let n = 0; n < count; n++) {
    const day = new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const sections = Array.from({ length: 6 }, (_, s) => {
      const body = [0, 1].map((k) => paragraphs[(n + s * 2 + k) % paragraphs.length]).join("\n\n");
      return `## Part ${s + 1} of story ${n} {#part-${s + 1}}\n\n${body}\n\nSee [the source](https://example.org/story/${n}/${s}) and:\n\n- a CPU point\n- a GPU point\n`;
    });
    writeFileSync(
      path.join(dir, "articles", `story-${n}.md`),
      `---\ntitle: "Synthetic story ${n} about Graviton, Trainium and Vera"\ndek: "A story shaped like the seed article."\ndate: ${day}\nauthor:\n  name: "Bench Desk"\n  bio: "Writes synthetic stories."\nsource:\n  name: "Bench"\n---\n\n${sections.join("\n")}`,
    );
  }
}
