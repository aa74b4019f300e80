export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** The card scrolls inside this height when the space beside the mention is short. */
  maxHeight: number;
}

const GAP = 8;
const MARGIN = 8;

/**
 * Where the card goes: below the mention's last line, or above its first line when there is
 * more room there. It never covers the mention: when neither side has room for the whole card,
 * the card is shortened (it scrolls) instead of sliding over the word. Horizontally it stays
 * inside the viewport.
 */
export function placeCard(anchor: readonly Box[], card: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const first = anchor[0] ?? { left: MARGIN, top: MARGIN, width: 0, height: 0 };
  const last = anchor[anchor.length - 1] ?? first;
  const spaceBelow = viewport.height - (last.top + last.height) - GAP - MARGIN;
  const spaceAbove = first.top - GAP - MARGIN;
  const goBelow = spaceBelow >= card.height || spaceBelow >= spaceAbove;
  const maxHeight = Math.max(0, Math.floor(goBelow ? spaceBelow : spaceAbove));
  const height = Math.min(card.height, maxHeight);
  const top = goBelow ? last.top + last.height + GAP : first.top - GAP - height;
  const left = Math.min(Math.max(MARGIN, first.left), Math.max(MARGIN, viewport.width - card.width - MARGIN));
  return { left: Math.round(left), top: Math.round(top), maxHeight };
}
