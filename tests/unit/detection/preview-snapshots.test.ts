import { describe, expect, it } from 'vitest';
import { datedFinderFor, model } from './models';

const RELEASE_AND_BUILD = [
  model('google/gemini-2.5-flash-lite', 'Gemini 2.5 Flash Lite', { authorName: 'Google', names: ['Gemini 2.5 Flash-Lite'], position: 20 }),
  model('google/gemini-2.5-flash-lite-preview-09-2025', 'Gemini 2.5 Flash Lite Preview 09-2025', { authorName: 'Google', position: 40 }),
];

describe('a dated preview build of a released model', () => {
  it('is the build a date after the release’s name opens', () => {
    const found = datedFinderFor(RELEASE_AND_BUILD);
    // A profile page's opening, and the numeric form a changelog uses.
    expect(found("Google's Gemini 2.5 Flash-Lite (Sep '25) emerges as a specialized powerhouse")).toEqual([
      ["Gemini 2.5 Flash-Lite (Sep '25)", 'google/gemini-2.5-flash-lite-preview-09-2025'],
    ]);
    expect(found('Gemini 2.5 Flash-Lite (09-2025) and gemini-2.5-flash-lite-preview-09-2025')).toEqual([
      ['Gemini 2.5 Flash-Lite (09-2025)', 'google/gemini-2.5-flash-lite-preview-09-2025'],
      ['gemini-2.5-flash-lite-preview-09-2025', 'google/gemini-2.5-flash-lite-preview-09-2025'],
    ]);
  });

  it('belongs to the preview line where the catalogue lists one', () => {
    const found = datedFinderFor([
      model('google/gemini-2.5-pro', 'Gemini 2.5 Pro', { authorName: 'Google', position: 1 }),
      model('google/gemini-2.5-pro-preview', 'Gemini 2.5 Pro Preview 06-05', { authorName: 'Google', position: 15 }),
      model('google/gemini-2.5-pro-preview-05-06', 'Gemini 2.5 Pro Preview 05-06', { authorName: 'Google', position: 16 }),
    ]);
    expect(found("Gemini 2.5 Pro (May '25) is the I/O edition")).toEqual([['Gemini 2.5 Pro', 'google/gemini-2.5-pro']]);
  });
});
