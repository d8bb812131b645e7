/** How a term's card behaves, for the card's code and the tests that check it. Pure. */

/** Hover this long before a card opens, and leave this long before it closes. */
export const OPEN_DELAY_MS = 400;
export const CLOSE_DELAY_MS = 300;

/** The card's distance from its term, and the least distance it keeps from the screen's edges, in pixels. */
export const CARD_GAP = 6;
export const CARD_EDGE = 8;
