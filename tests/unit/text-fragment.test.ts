import { describe, expect, test } from "vitest";
import { textFragment } from "@/lib/sharing/text-fragment";

const blocks = [
  "The deal",
  "Amazon has achieved a significant strategic victory. This landmark agreement was disclosed by Amazon on Friday.",
  "Trainium is a chip. Trainium is utilized for training and inference, and Trainium is named for training.",
];

/** The selection of `quote` (its n-th occurrence) inside block `block`. */
function select(block: number, quote: string, occurrence = 0) {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) offset = blocks[block].indexOf(quote, offset + 1);
  if (offset < 0) throw new Error(`"${quote}" is not in block ${block}`);
  return [
    { block, offset },
    { block, offset: offset + quote.length },
  ] as const;
}

describe("textFragment", () => {
  test("links a unique quote word for word, percent-encoding spaces and hyphens", () => {
    expect(textFragment(blocks, ...select(1, "significant strategic victory"))).toBe(
      ":~:text=significant%20strategic%20victory",
    );
    expect(textFragment(["A Vera-based chip."], { block: 0, offset: 2 }, { block: 0, offset: 12 })).toBe(
      ":~:text=Vera%2Dbased",
    );
  });

  test("grows a selection that cuts words to whole words and trims white space", () => {
    // "ignificant strat" selects inside two words.
    const from = { block: 1, offset: blocks[1].indexOf("ignificant") };
    const to = { block: 1, offset: blocks[1].indexOf("strat") + 5 };
    expect(textFragment(blocks, from, to)).toBe(":~:text=significant%20strategic");
    const spaced = select(1, " victory. ");
    expect(textFragment(blocks, ...spaced)).toBe(":~:text=victory.");
  });

  test("adds a prefix when the quote appears earlier on the page", () => {
    // The second "Amazon" in block 1: the first is at the start of the block.
    expect(textFragment(blocks, ...select(1, "Amazon", 1))).toBe(":~:text=by-,Amazon,-on");
  });

  test("adds a suffix too, and as many context words as it takes", () => {
    // "Trainium is" occurs three times; one word either side tells the third apart.
    expect(textFragment(blocks, ...select(2, "Trainium is", 2))).toBe(":~:text=and-,Trainium%20is,-named");
    // The last "x" is only told apart from the first by two words before it.
    const page = ["A x B. C x B. A x D. A x B."];
    const last = page[0].lastIndexOf("x");
    expect(textFragment(page, { block: 0, offset: last }, { block: 0, offset: last + 1 })).toBe(
      ":~:text=D.%20A-,x,-B.",
    );
  });

  test("counts an earlier occurrence in another case, since browsers match case-insensitively", () => {
    const page = ["It was announced earlier this month.", "Earlier this month, Amazon said so."];
    expect(textFragment(page, { block: 1, offset: 0 }, { block: 1, offset: 18 })).toBe(
      ":~:text=Earlier%20this%20month,-%2C",
    );
  });

  test("the first occurrence needs no context", () => {
    expect(textFragment(blocks, ...select(2, "Trainium is", 0))).toBe(":~:text=Trainium%20is");
  });

  test("never takes context across a block boundary", () => {
    // "The deal" block ends where block 1 begins: no prefix from the heading.
    expect(textFragment(blocks, ...select(1, "Amazon has achieved"))).toBe(":~:text=Amazon%20has%20achieved");
  });

  test("links a long quote by its first and last words", () => {
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(" ");
    const page = [`Before. ${long} After.`];
    const from = { block: 0, offset: 8 };
    const to = { block: 0, offset: 8 + long.length };
    expect(textFragment(page, from, to)).toBe(
      ":~:text=word0%20word1%20word2%20word3,word36%20word37%20word38%20word39",
    );
  });

  test("links a selection across blocks by its first and last words", () => {
    const from = { block: 1, offset: blocks[1].indexOf("This landmark") };
    const to = { block: 2, offset: blocks[2].indexOf(" Trainium is utilized") };
    expect(textFragment(blocks, from, to)).toBe(":~:text=This%20landmark%20agreement%20was,Trainium%20is%20a%20chip.");
  });

  test("an empty or blank selection makes no fragment", () => {
    expect(textFragment(blocks, { block: 1, offset: 3 }, { block: 1, offset: 3 })).toBeUndefined();
    expect(textFragment(["a  b"], { block: 0, offset: 1 }, { block: 0, offset: 2 })).toBeUndefined();
  });

  test("a quote that repeats with the same context everywhere makes no fragment", () => {
    const page = ["x y z same words here x y z same words here x y z same words here"];
    const second = page[0].indexOf("same", 20);
    expect(textFragment(page, { block: 0, offset: second }, { block: 0, offset: second + 4 })).toBeUndefined();
  });
});
