import { describe, expect, test } from "vitest";
import {
  formatAlternatives,
  formatDate,
  formatReadingTime,
  formatWordCount,
  lastModified,
  otherNames,
  readingTime,
} from "@/lib/format";

describe("reading time", () => {
  test("is a range from a fast (260 wpm) to a slow (200 wpm) reader, at least a minute", () => {
    expect(readingTime(519)).toEqual({ min: 2, max: 3 });
    expect(readingTime(2600)).toEqual({ min: 10, max: 13 });
    expect(readingTime(10)).toEqual({ min: 1, max: 1 });
    expect(readingTime(0)).toEqual({ min: 1, max: 1 });
  });

  test("reads as a range, or one figure when both ends agree", () => {
    expect(formatReadingTime({ min: 2, max: 3 })).toBe("2–3 min read");
    expect(formatReadingTime({ min: 1, max: 1 })).toBe("1 min read");
  });

  test("word counts and dates read naturally", () => {
    expect(formatWordCount(1)).toBe("1 word");
    expect(formatWordCount(1519)).toBe("1,519 words");
    expect(formatDate("2026-04-24")).toBe("24 April 2026");
    expect(formatDate("2026-01-01")).toBe("1 January 2026");
  });
});

describe("other names of a term", () => {
  test("leave out the term itself, plurals and changes of case", () => {
    expect(otherNames("GPU", ["GPUs", "Graphics Processing Unit", "Graphics Processing Units"])).toEqual([
      "Graphics Processing Unit",
    ]);
    expect(otherNames("Inference", ["inference"])).toEqual([]);
    expect(otherNames("Nvidia Vera", ["Vera CPU", "Vera"])).toEqual(["Vera CPU", "Vera"]);
  });

  test("read as alternatives", () => {
    expect(formatAlternatives(["Vera CPU", "Vera"])).toBe("Vera CPU or Vera");
    expect(formatAlternatives(["A", "B", "C"])).toBe("A, B or C");
  });
});

describe("the last change to an article", () => {
  test("is its latest update or correction after it was published", () => {
    expect(lastModified({ date: "2026-04-18" })).toBeUndefined();
    expect(lastModified({ date: "2026-04-18", updated: "2026-04-20" })).toBe("2026-04-20");
    expect(
      lastModified({
        date: "2026-04-18",
        updated: "2026-04-20",
        corrections: [{ date: "2026-04-22" }, { date: "2026-04-19" }],
      }),
    ).toBe("2026-04-22");
    expect(lastModified({ date: "2026-04-18", updated: "2026-04-18" })).toBeUndefined();
  });
});
