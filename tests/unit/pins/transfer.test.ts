import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, MAX_NAME_LENGTH } from '@/lib/catalogue/clean-text';
import { emptyPins, MAX_PINS, UNKNOWN_PINNED_AT, type Pin } from '@/lib/pins/pin';
import { exportPins, MAX_IMPORT_BYTES, mergePins, parseImport, type ImportResult } from '@/lib/pins/transfer';
import { makePin, modelIds, pinsOf } from './pin-fixtures';

const NOW = new Date('2026-04-02T09:30:00.000Z');

function exportFile(pins: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: 'model-lens-pins', version: 1, exportedAt: NOW.toISOString(), pins, ...extra });
}

function importedPins(result: ImportResult): Pin[] {
  if (!result.ok) throw new Error(`import failed: ${result.error}`);
  return result.pins;
}

function importError(text: string): string {
  const result = parseImport(text);
  if (result.ok) throw new Error('import should have failed');
  return result.error;
}

describe('exportPins', () => {
  it('writes pretty JSON with a format marker, a version and the export time', () => {
    const data = pinsOf(makePin('b', 2, { url: 'https://example.com/', title: 'Example' }), makePin('a', 1));
    const text = exportPins(data, NOW);
    expect(text).toContain('\n  "format": "model-lens-pins",\n');
    expect(JSON.parse(text)).toEqual({ format: 'model-lens-pins', version: 1, exportedAt: '2026-04-02T09:30:00.000Z', pins: data.pins });
  });
});

describe('parseImport', () => {
  it('reads back what was exported', () => {
    const data = pinsOf(makePin('c', 3, { url: 'https://example.com/c', title: 'C' }), makePin('b', 2), makePin('a', 1));
    expect(parseImport(exportPins(data, NOW))).toEqual({ ok: true, pins: data.pins, skipped: 0 });
    expect(parseImport(exportPins(emptyPins(), NOW))).toEqual({ ok: true, pins: [], skipped: 0 });
  });

  it('round-trips any valid pins', () => {
    const pin = fc.record({
      modelId: fc.stringMatching(/^[A-Za-z0-9._\-:/~@+]{1,40}$/),
      name: fc.string({ minLength: 1, maxLength: 30 }).filter((name) => cleanText(name, MAX_NAME_LENGTH) === name),
      minute: fc.integer({ min: 0, max: 100_000 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(pin, { selector: ({ modelId }) => modelId, maxLength: 30 }), (records) => {
        const pins = records
          .map(({ modelId, name, minute }) => ({ ...makePin(modelId, minute), name }))
          .sort((a, b) => b.pinnedAt.localeCompare(a.pinnedAt));
        const data = pinsOf(...pins);
        expect(importedPins(parseImport(exportPins(data, NOW)))).toEqual(pins);
      }),
    );
  });

  it('skips unreadable pins, counts them, and keeps the rest', () => {
    const text = exportFile([makePin('a', 1), { modelId: 'no spaces allowed' }, 12, { name: 'no id' }, 'b']);
    expect(parseImport(text)).toEqual({
      ok: true,
      pins: [makePin('a', 1), { modelId: 'b', name: 'b', pinnedAt: UNKNOWN_PINNED_AT }],
      skipped: 3,
    });
  });

  it('lists a model given twice once, with its earlier time', () => {
    expect(importedPins(parseImport(exportFile([makePin('a', 5), makePin('a', 1)])))).toEqual([makePin('a', 1)]);
  });

  it.each([
    ['', /not JSON/],
    ['{"format": "model-lens-pins", "version": 1, "pins": [', /not JSON/],
    ['<html>Not found</html>', /not JSON/],
    ['["openai/gpt-4o"]', /not a Model Lens pins export: it lacks "format": "model-lens-pins"/],
    ['{"version": 1, "pins": []}', /not a Model Lens pins export/],
    ['{"format": "other-extension", "version": 1, "pins": []}', /not a Model Lens pins export/],
    ['null', /not a Model Lens pins export/],
    ['{"format": "model-lens-pins", "pins": []}', /no valid version number/],
    ['{"format": "model-lens-pins", "version": "1", "pins": []}', /no valid version number/],
    ['{"format": "model-lens-pins", "version": 2, "pins": []}', /newer version of Model Lens \(file version 2, this one reads up to 1\)/],
    ['{"format": "model-lens-pins", "version": 1}', /no list of pins/],
    ['{"format": "model-lens-pins", "version": 1, "pins": {"a": {}}}', /no list of pins/],
  ])('explains why %j cannot be imported', (text, error) => {
    expect(importError(text)).toMatch(error);
  });

  it('refuses more than 20 MB of text, counting bytes not characters', () => {
    const padded = (characters: number, filler: string) => exportFile([], { note: filler.repeat(characters) });
    const base = padded(0, '').length;
    expect(parseImport(padded(MAX_IMPORT_BYTES - base, 'x')).ok).toBe(true);
    expect(importError(padded(MAX_IMPORT_BYTES - base + 1, 'x'))).toMatch(/larger than 20 MB/);
    const multiByte = padded(Math.ceil(MAX_IMPORT_BYTES / 2), 'é');
    expect(multiByte.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(importError(multiByte)).toMatch(/larger than 20 MB/);
  });

  it('reads back a large export with places', () => {
    const pins = Array.from({ length: 3_500 }, (_, index) =>
      makePin(`vendor/model-name-${index}`, 3_500 - index, { url: `https://openrouter.ai/models?q=${index}`, title: 'Models | OpenRouter' }),
    );
    expect(importedPins(parseImport(exportPins(pinsOf(...pins), NOW)))).toEqual(pins);
  });

  it(`refuses more than ${MAX_PINS.toLocaleString('en')} pins`, () => {
    const ids = (count: number) => Array.from({ length: count }, (_, index) => `m${index}`);
    expect(importedPins(parseImport(exportFile(ids(MAX_PINS))))).toHaveLength(MAX_PINS);
    expect(importError(exportFile(ids(MAX_PINS + 1)))).toBe('The file lists 5,001 pins; at most 5,000 can be kept.');
  });

  it('never quotes the file in an error', () => {
    expect(importError('{"format": "<img src=x onerror=alert(1)>"}')).not.toContain('<img');
  });
});

describe('hostile imports', () => {
  it('keeps markup in names as plain text and removes bidi and control characters', () => {
    const text = exportFile([
      {
        modelId: 'a',
        name: '<img src=x onerror=alert(1)>',
        pinnedAt: NOW.toISOString(),
        page: { url: 'https://example.com/', title: '<script>alert(1)</script>' },
      },
      {
        modelId: 'b',
        name: 'gpt\u202E4o\u0007',
        pinnedAt: NOW.toISOString(),
        page: { url: 'https://example.com/', title: '\u2067evil\u2069 title' },
      },
    ]);
    const [markup, bidi] = importedPins(parseImport(text));
    expect(markup).toEqual({
      modelId: 'a',
      name: '<img src=x onerror=alert(1)>',
      pinnedAt: NOW.toISOString(),
      page: { url: 'https://example.com/', title: '<script>alert(1)</script>' },
    });
    expect(bidi?.name).toBe('gpt4o');
    expect(bidi?.page?.title).toBe('evil title');
  });

  it('drops javascript:, data: and file: urls and keeps the pins', () => {
    const urls = [
      'javascript:alert(document.cookie)',
      'JaVaScRiPt:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'file:///C:/secrets.txt',
    ];
    const file = exportFile(urls.map((url, index) => ({ modelId: `m${index}`, pinnedAt: NOW.toISOString(), page: { url, title: 'x' } })));
    const pins = importedPins(parseImport(file));
    expect(modelIds(pins)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    expect(pins.every((pinned) => pinned.page === undefined)).toBe(true);
  });

  it('never lets __proto__ or constructor keys change a prototype', () => {
    const text = `{
      "format": "model-lens-pins", "version": 1,
      "__proto__": { "polluted": "file" },
      "constructor": { "prototype": { "polluted": "constructor" } },
      "pins": [
        { "modelId": "a", "__proto__": { "polluted": "pin", "name": "inherited" }, "constructor": { "prototype": { "polluted": "pin" } } },
        { "modelId": "b", "page": { "__proto__": { "url": "https://inherited.example/" }, "title": "t" } },
        { "__proto__": { "modelId": "inherited-id" } },
        { "modelId": "__proto__", "name": "A model called __proto__" },
        { "modelId": "constructor" }
      ]
    }`;
    const result = parseImport(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    const pins = importedPins(result);
    expect(result.ok && result.skipped).toBe(1);
    expect(modelIds(pins)).toEqual(['a', 'b', '__proto__', 'constructor']);
    expect(pins[0]).toEqual({ modelId: 'a', name: 'a', pinnedAt: UNKNOWN_PINNED_AT });
    expect(pins[1]?.page).toBeUndefined();
    for (const pinned of pins) {
      expect(Object.getPrototypeOf(pinned)).toBe(Object.prototype);
      expect(Object.keys(pinned).sort()).toEqual(['modelId', 'name', 'pinnedAt']);
    }
    const merged = mergePins(pinsOf(makePin('__proto__', 9)), pins);
    expect(merged.added).toBe(3);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('mergePins', () => {
  it('adds models not pinned yet, newest first, and counts them', () => {
    const existing = pinsOf(makePin('c', 30), makePin('a', 10));
    const result = mergePins(existing, [makePin('d', 40), makePin('b', 20), makePin('a', 15)]);
    expect(modelIds(result.data)).toEqual(['d', 'c', 'b', 'a']);
    expect(result).toMatchObject({ added: 2, leftOut: 0 });
  });

  it('keeps the earlier time of a model on both sides, with where it was first pinned', () => {
    const local = { ...makePin('a', 20, { url: 'https://local.example/', title: 'Local' }), name: 'Local name' };
    const earlier = mergePins(pinsOf(local), [makePin('a', 10, { url: 'https://imported.example/', title: 'Imported' })]);
    expect(earlier.data.pins).toEqual([
      { ...local, pinnedAt: makePin('a', 10).pinnedAt, page: { url: 'https://imported.example/', title: 'Imported' } },
    ]);
    expect(mergePins(pinsOf(local), [makePin('a', 10)]).data.pins).toEqual([{ ...local, pinnedAt: makePin('a', 10).pinnedAt }]);
    expect(mergePins(pinsOf(local), [makePin('a', 30)]).data.pins).toEqual([local]);
    expect(earlier.added).toBe(0);
  });

  it('changes nothing when the same pins are merged again', () => {
    const once = mergePins(pinsOf(makePin('a', 1)), [makePin('b', 2)]).data;
    expect(mergePins(once, once.pins)).toEqual({ data: once, added: 0, leftOut: 0 });
  });

  it(`keeps every existing pin when the union passes ${MAX_PINS.toLocaleString('en')}, and counts what waits`, () => {
    const existing = { pins: Array.from({ length: MAX_PINS - 2 }, (_, index) => makePin(`old-${index}`, 0)) };
    const imported = [makePin('new-1', 1), makePin('new-2', 2), makePin('new-3', 3), makePin('old-5', 4)];
    const result = mergePins(existing, imported);
    expect(result.data.pins).toHaveLength(MAX_PINS);
    expect(result).toMatchObject({ added: 2, leftOut: 1 });
    expect(modelIds(result.data).slice(0, 2)).toEqual(['new-3', 'new-2']);
    const kept = new Set(modelIds(result.data));
    expect(modelIds(existing).every((modelId) => kept.has(modelId))).toBe(true);
  });

  it('never drops a pin from either side', () => {
    const pin = fc
      .record({ modelId: fc.constantFrom(...'abcdefghij'), minute: fc.integer({ min: 0, max: 60 }) })
      .map(({ modelId, minute }) => makePin(modelId, minute));
    fc.assert(
      fc.property(fc.uniqueArray(pin, { selector: ({ modelId }) => modelId }), fc.array(pin), (existingPins, imported) => {
        const existing = { pins: existingPins };
        const { data, added } = mergePins(existing, imported);
        const all = [...existingPins, ...imported];
        const union = new Set(modelIds(all));
        expect(new Set(modelIds(data))).toEqual(union);
        expect(data.pins).toHaveLength(union.size);
        expect(added).toBe(union.size - existingPins.length);
        for (const pinned of data.pins) {
          const earliest = all.filter(({ modelId }) => modelId === pinned.modelId).map(({ pinnedAt }) => pinnedAt).sort()[0];
          expect(pinned.pinnedAt).toBe(earliest);
        }
        const times = data.pins.map(({ pinnedAt }) => pinnedAt);
        expect(times).toEqual([...times].sort().reverse());
      }),
    );
  });
});
