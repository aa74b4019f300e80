import { describe, expect, it } from 'vitest';
import { placeCard } from '@/lib/ext/content/placement';

const viewport = { width: 1280, height: 720 };
const card = { width: 360, height: 500 };
const overlaps = (a: { top: number; bottom: number }, b: { top: number; bottom: number }) => a.top < b.bottom && b.top < a.bottom;

describe('placeCard', () => {
  it('goes below the mention when it fits', () => {
    expect(placeCard([{ left: 100, top: 100, width: 80, height: 20 }], card, viewport)).toEqual({ left: 100, top: 128, maxHeight: 584 });
  });

  it('goes above when there is more room there', () => {
    const placed = placeCard([{ left: 100, top: 650, width: 80, height: 20 }], card, viewport);
    expect(placed.top + Math.min(card.height, placed.maxHeight)).toBeLessThanOrEqual(650 - 8);
  });

  it('never covers the mention, shortening the card instead', () => {
    for (let top = 0; top < viewport.height - 20; top += 37) {
      const mention = { left: 300, top, width: 120, height: 20 };
      const placed = placeCard([mention], card, viewport);
      const height = Math.min(card.height, placed.maxHeight);
      expect(overlaps({ top: placed.top, bottom: placed.top + height }, { top, bottom: top + 20 })).toBe(false);
      expect(placed.top).toBeGreaterThanOrEqual(0);
      expect(placed.top + height).toBeLessThanOrEqual(viewport.height);
    }
  });

  it('stays inside the viewport horizontally', () => {
    expect(placeCard([{ left: 1200, top: 100, width: 60, height: 20 }], card, viewport).left).toBe(1280 - 360 - 8);
    expect(placeCard([{ left: -50, top: 100, width: 60, height: 20 }], card, viewport).left).toBe(8);
  });
});
