/** A box in the viewport's coordinates, as `getBoundingClientRect` gives it. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Where a card goes, in the viewport's coordinates, and whether that is above its anchor. */
export interface CardPlace {
  left: number;
  top: number;
  above: boolean;
}

/**
 * Places a card against its anchor (a term's link): below it, `gap` away and lined up with its
 * start, or above it when there is no room below and there is above; when neither side has room,
 * the side with more. Across, it is moved as little as it takes to stay `edge` inside the viewport
 * (at the left edge when it is wider than that).
 */
export function placeCard(anchor: Box, card: Size, viewport: Size, gap: number, edge: number): CardPlace {
  const roomBelow = viewport.height - edge - (anchor.bottom + gap);
  const roomAbove = anchor.top - gap - edge;
  const above = roomBelow < card.height && (roomAbove >= card.height || roomAbove > roomBelow);
  const top = above ? anchor.top - gap - card.height : anchor.bottom + gap;
  const left = Math.max(edge, Math.min(anchor.left, viewport.width - edge - card.width));
  return { left, top, above };
}

/**
 * The viewport position of the origin an absolutely positioned element's `left` and `top` count
 * from: its positioned ancestor's padding box, or the document's when it has none.
 */
export function positionOrigin(element: HTMLElement): { left: number; top: number } {
  const parent = element.offsetParent;
  if (parent instanceof HTMLElement && parent !== document.body && getComputedStyle(parent).position !== "static") {
    const box = parent.getBoundingClientRect();
    return {
      left: box.left + parent.clientLeft - parent.scrollLeft,
      top: box.top + parent.clientTop - parent.scrollTop,
    };
  }
  return { left: -window.scrollX, top: -window.scrollY };
}
