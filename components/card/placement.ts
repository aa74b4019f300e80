export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** The card's details scroll inside this height (its actions stay in view). */
  maxHeight: number;
  /** No side had room for the whole card: it is shortened, and drawn in its compact layout. */
  compact: boolean;
}

const GAP = 8;
const MARGIN = 8;

type Side = 'below' | 'above' | 'right' | 'left';
const SIDES: Side[] = ['below', 'above', 'right', 'left'];

/**
 * Where the card goes: on the first side of the mention, in the order below, above, right,
 * left, with room for the whole card. When no side has room, on the side with the most room,
 * shortened (its details scroll) and in its compact layout. It never covers the mention and
 * never leaves the viewport, and is never taller than the viewport less a margin each side.
 */
export function placeCard(anchor: readonly Box[], card: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const first = anchor[0] ?? { left: MARGIN, top: MARGIN, width: 0, height: 0 };
  const around = {
    left: Math.min(...anchor.map((b) => b.left), first.left),
    right: Math.max(...anchor.map((b) => b.left + b.width), first.left + first.width),
    top: first.top,
    bottom: Math.max(...anchor.map((b) => b.top + b.height), first.top + first.height),
  };
  const tallest = viewport.height - 2 * MARGIN;
  const height = Math.min(card.height, tallest);
  const width = Math.min(card.width, viewport.width - 2 * MARGIN);
  // The room on each side: how tall the card may be there, if it is wide enough to go there at all.
  const room: Record<Side, number> = {
    below: viewport.height - around.bottom - GAP - MARGIN,
    above: around.top - GAP - MARGIN,
    right: viewport.width - around.right - GAP - MARGIN >= width ? tallest : 0,
    left: around.left - GAP - MARGIN >= width ? tallest : 0,
  };
  const fitting = SIDES.find((side) => room[side] >= height);
  const side = fitting ?? SIDES.reduce((best, next) => (room[next] > room[best] ? next : best));
  const maxHeight = Math.max(0, Math.floor(Math.min(room[side], tallest)));
  const shown = Math.min(height, maxHeight);
  const clampLeft = (left: number) => Math.min(Math.max(MARGIN, left), Math.max(MARGIN, viewport.width - width - MARGIN));
  const clampTop = (top: number) => Math.min(Math.max(MARGIN, top), Math.max(MARGIN, viewport.height - shown - MARGIN));
  const position = {
    below: { left: clampLeft(first.left), top: around.bottom + GAP },
    above: { left: clampLeft(first.left), top: around.top - GAP - shown },
    right: { left: around.right + GAP, top: clampTop(around.top - shown / 3) },
    left: { left: around.left - GAP - width, top: clampTop(around.top - shown / 3) },
  }[side];
  return { left: Math.round(position.left), top: Math.round(position.top), maxHeight, compact: !fitting };
}
