import { describe, expect, it } from 'vitest';
import { placeCard, type Box } from '@/components/card/placement';

const card = { width: 360, height: 500 };
const overlaps = (a: Box, b: Box) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('placeCard', () => {
  const viewport = { width: 1280, height: 720 };

  it('goes below the mention when it fits', () => {
    expect(placeCard([{ left: 100, top: 100, width: 80, height: 20 }], card, viewport)).toEqual({ left: 100, top: 128, maxHeight: 584, compact: false });
  });

  it('goes above when only there is room', () => {
    const placed = placeCard([{ left: 100, top: 650, width: 80, height: 20 }], card, viewport);
    expect(placed.top + Math.min(card.height, placed.maxHeight)).toBeLessThanOrEqual(650 - 8);
    expect(placed.compact).toBe(false);
  });

  it('goes beside a name in the middle of the screen rather than squeeze above or below it', () => {
    const placed = placeCard([{ left: 600, top: 440, width: 120, height: 20 }], { width: 360, height: 560 }, { width: 1280, height: 900 });
    expect(placed).toMatchObject({ left: 728, compact: false });
    expect(placed.maxHeight).toBeGreaterThanOrEqual(560);
  });

  it('never covers the mention and never leaves the viewport, at any size and spot', () => {
    for (const size of [{ width: 1280, height: 900 }, { width: 1024, height: 640 }, { width: 700, height: 560 }, { width: 390, height: 844 }]) {
      for (let top = 0; top < size.height - 20; top += 37) {
        for (const left of [0, size.width / 2 - 60, size.width - 120]) {
          const mention = { left, top, width: 120, height: 20 };
          const placed = placeCard([mention], card, size);
          const box = { left: placed.left, top: placed.top, width: Math.min(card.width, size.width - 16), height: Math.min(card.height, placed.maxHeight) };
          expect(overlaps(box, mention), JSON.stringify({ size, mention, placed })).toBe(false);
          expect(box.top).toBeGreaterThanOrEqual(0);
          expect(box.left).toBeGreaterThanOrEqual(0);
          expect(box.top + box.height).toBeLessThanOrEqual(size.height);
          expect(box.left + box.width).toBeLessThanOrEqual(size.width);
          expect(placed.maxHeight).toBeLessThanOrEqual(size.height - 16);
        }
      }
    }
  });

  it('shortens the card into its compact layout when no side has room', () => {
    const placed = placeCard([{ left: 300, top: 270, width: 120, height: 20 }], card, { width: 700, height: 560 });
    expect(placed.compact).toBe(true);
    expect(placed.maxHeight).toBeLessThan(card.height);
  });

  it('stays inside the viewport horizontally', () => {
    expect(placeCard([{ left: 1200, top: 100, width: 60, height: 20 }], card, viewport).left).toBe(1280 - 360 - 8);
    expect(placeCard([{ left: -50, top: 100, width: 60, height: 20 }], card, viewport).left).toBe(8);
  });
});
