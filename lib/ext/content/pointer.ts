import type { PageMention, PageScanner } from './page-scanner';

interface CaretPositionLike {
  offsetNode: Node;
  offset: number;
}

/** The text position under a point: `caretPositionFromPoint` where it exists, else the WebKit form. */
function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => CaretPositionLike | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/**
 * The mention under the pointer, if the pointer is over its text (the caret APIs answer
 * with the nearest position even over blank space, so the range's boxes decide).
 */
export function mentionAtPoint(scanner: PageScanner, x: number, y: number): PageMention | null {
  const caret = caretAt(x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  const mention = scanner.mentionAt(caret.node, caret.offset);
  if (!mention) return null;
  return isPointInside(mention.range, x, y) ? mention : null;
}

export function isPointInside(staticRange: AbstractRange, x: number, y: number): boolean {
  for (const rect of rectsOf(staticRange)) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

/** Boxes of a mention on screen (a StaticRange has none of its own). */
export function rectsOf(staticRange: AbstractRange): DOMRect[] {
  const range = document.createRange();
  try {
    range.setStart(staticRange.startContainer, staticRange.startOffset);
    range.setEnd(staticRange.endContainer, staticRange.endOffset);
  } catch {
    return [];
  }
  return [...range.getClientRects()];
}
