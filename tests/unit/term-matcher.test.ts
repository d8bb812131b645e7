import { describe, expect, test } from "vitest";
import { createTermMatcher } from "@/lib/markdown/term-matcher";

const matcher = createTermMatcher([
  { id: "aws", term: "AWS", aliases: ["Amazon Web Services"] },
  { id: "graviton", term: "AWS Graviton", aliases: ["Graviton"] },
  { id: "gpu", term: "GPU", aliases: ["GPUs", "Graphics Processing Unit"] },
  { id: "arm", term: "Arm", aliases: ["ARM"] },
  { id: "training", term: "Training", aliases: ["training"] },
  { id: "ai-agent", term: "AI agent", aliases: ["AI agents", "agentic"] },
  { id: "nvidia", term: "Nvidia", aliases: [] },
]);

const found = (text: string) => matcher.find(text).map((match) => [match.id, match.text]);

describe("createTermMatcher", () => {
  test("prefers the longest phrase: AWS Graviton is Graviton, not AWS", () => {
    expect(found("The AWS Graviton chip runs on AWS.")).toEqual([
      ["graviton", "AWS Graviton"],
      ["aws", "AWS"],
    ]);
  });

  test("matches aliases, plurals and spelled-out names", () => {
    expect(found("Graphics Processing Unit, GPUs and a GPU")).toEqual([
      ["gpu", "Graphics Processing Unit"],
      ["gpu", "GPUs"],
      ["gpu", "GPU"],
    ]);
  });

  test("matches whole words only", () => {
    expect(found("GPUsmith, preGPU, Graviton5, AWSome and ARMour")).toEqual([]);
    expect(found("agentics")).toEqual([]);
  });

  test("treats hyphens, apostrophes and brackets as word edges", () => {
    expect(found("ARM-based (GPU) Nvidia's chips")).toEqual([
      ["arm", "ARM"],
      ["gpu", "GPU"],
      ["nvidia", "Nvidia"],
    ]);
  });

  test("a phrase with capitals matches only as written", () => {
    expect(found("raise an arm; gpu; aws; nvidia")).toEqual([]);
  });

  test("a lowercase phrase also matches capitalised at the start of a sentence", () => {
    expect(found("Training is costly. So is training.")).toEqual([
      ["training", "Training"],
      ["training", "training"],
    ]);
    expect(found("TRAINING")).toEqual([]);
  });

  test("a line break inside a phrase still matches", () => {
    expect(found("Amazon Web\nServices")).toEqual([["aws", "Amazon Web\nServices"]]);
  });

  test("reports the index of each match", () => {
    expect(matcher.find("Use a GPU.")).toEqual([{ id: "gpu", text: "GPU", index: 6 }]);
  });

  test("AI agentic does not match AI agent inside a longer word", () => {
    expect(found("AI agentic workloads")).toEqual([["ai-agent", "agentic"]]);
  });

  test("two entries claiming the same phrase is an error naming both", () => {
    expect(() =>
      createTermMatcher([
        { id: "vera", term: "Vera", aliases: [] },
        { id: "vera-person", term: "VERA", aliases: [] },
      ]),
    ).toThrow('glossary terms "vera" and "vera-person" both claim the phrase "VERA"');
  });

  test("an empty glossary matches nothing", () => {
    expect(createTermMatcher([]).find("GPU")).toEqual([]);
  });

  test("regular-expression characters in phrases are taken literally", () => {
    const dotted = createTermMatcher([{ id: "node", term: "Node.js", aliases: ["C++"] }]);
    expect(dotted.find("Node.js and NodeXjs and C++").map((match) => match.text)).toEqual(["Node.js", "C++"]);
  });
});
