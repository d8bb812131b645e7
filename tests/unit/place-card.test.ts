import { describe, expect, it } from "vitest";
import { placeCard } from "@/lib/glossary/place-card";

const VIEWPORT = { width: 400, height: 700 };
const CARD = { width: 300, height: 120 };
const GAP = 6;
const EDGE = 8;
const term = (left: number, top: number, width = 40, height = 20) => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe("placeCard", () => {
  it("puts the card below the term, lined up with its start, a gap away", () => {
    expect(placeCard(term(50, 100), CARD, VIEWPORT, GAP, EDGE)).toEqual({ left: 50, top: 126, above: false });
  });

  it("puts it above when there is no room below and there is above", () => {
    expect(placeCard(term(50, 620), CARD, VIEWPORT, GAP, EDGE)).toEqual({ left: 50, top: 494, above: true });
  });

  it("keeps it below while it just fits, edge included", () => {
    // 700 - 8 - (546 + 20 + 6) = 120: exactly the card's height.
    expect(placeCard(term(50, 546), CARD, VIEWPORT, GAP, EDGE).above).toBe(false);
    expect(placeCard(term(50, 547), CARD, VIEWPORT, GAP, EDGE).above).toBe(true);
  });

  it("when neither side has room, takes the side with more", () => {
    const short = { width: 400, height: 200 };
    expect(placeCard(term(50, 80), CARD, short, GAP, EDGE).above).toBe(false);
    expect(placeCard(term(50, 110), CARD, short, GAP, EDGE).above).toBe(true);
  });

  it("moves it left as little as it takes to stay inside the right edge", () => {
    expect(placeCard(term(350, 100), CARD, VIEWPORT, GAP, EDGE).left).toBe(400 - 8 - 300);
  });

  it("keeps it inside the left edge, and at that edge when it is wider than the viewport", () => {
    expect(placeCard(term(2, 100), CARD, VIEWPORT, GAP, EDGE).left).toBe(8);
    expect(placeCard(term(100, 100), { width: 500, height: 120 }, VIEWPORT, GAP, EDGE).left).toBe(8);
  });
});
