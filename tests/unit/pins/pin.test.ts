import { describe, expect, it } from 'vitest';
import { MAX_PINS, PinSchema, PinsDataSchema, UNKNOWN_PINNED_AT } from '@/lib/pins/pin';
import { makePin } from './pin-fixtures';

const base = { modelId: 'anthropic/claude-sonnet-4', name: 'Claude Sonnet 4', pinnedAt: '2026-03-01T10:00:00.000Z' };

describe('PinSchema', () => {
  it('keeps a valid pin as it is', () => {
    const pin = { ...base, page: { url: 'https://openrouter.ai/models?q=claude', title: 'Models | OpenRouter' } };
    expect(PinSchema.parse(pin)).toEqual(pin);
  });

  it.each([
    'anthropic/claude-sonnet-4:beta',
    '~anthropic/claude-sonnet-latest',
    'claude-sonnet-4-5@20250929',
    'anthropic.claude-sonnet-4-5-20250929-v1:0',
    'meta-llama/Llama-3.1-8B_Instruct+q4',
    'x'.repeat(300),
  ])('accepts the model id %s', (modelId) => {
    expect(PinSchema.safeParse({ ...base, modelId }).success).toBe(true);
  });

  it.each(['', '   ', 'two words', '<script>', 'a"b', 'é-model', 'a\u202Eb', 'x'.repeat(301)])('rejects the model id %j', (modelId) => {
    expect(PinSchema.safeParse({ ...base, modelId }).success).toBe(false);
  });

  it('cleans the name: no bidi or control characters, collapsed spaces, at most 120 characters', () => {
    expect(PinSchema.parse({ ...base, name: ' Claude\u202E  Sonnet\u0000\n4 ' }).name).toBe('Claude Sonnet 4');
    expect(PinSchema.parse({ ...base, name: 'n'.repeat(500) }).name).toHaveLength(120);
  });

  it('names a pin after its model id when the name is empty once cleaned', () => {
    expect(PinSchema.parse({ ...base, name: '\u202E \u200F' }).name).toBe('anthropic/claude-sonnet-4');
  });

  it.each([
    'javascript:alert(1)',
    ' JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'vbscript:msgbox',
    'chrome-extension://abc/popup.html',
    'not a url',
    `https://example.com/${'a'.repeat(2_100)}`,
    42,
  ])('drops a page whose url is %j, keeping the pin', (url) => {
    const parsed = PinSchema.parse({ ...base, page: { url, title: 'Title' } });
    expect(parsed).toEqual(base);
    expect('page' in parsed).toBe(false);
  });

  it('keeps http and https pages, percent-encoding what could mislead a reader', () => {
    expect(PinSchema.parse({ ...base, page: { url: 'http://example.com/a', title: 't' } }).page?.url).toBe('http://example.com/a');
    expect(PinSchema.parse({ ...base, page: { url: 'https://example.com/a\u202Eb', title: 't' } }).page?.url).toBe(
      'https://example.com/a%E2%80%AEb',
    );
  });

  it('cleans the page title to at most 200 characters, and tolerates a missing one', () => {
    const url = 'https://example.com/';
    expect(PinSchema.parse({ ...base, page: { url, title: 'A\u2066 title\u202E' } }).page).toEqual({ url, title: 'A title' });
    expect(PinSchema.parse({ ...base, page: { url, title: 't'.repeat(900) } }).page?.title).toHaveLength(200);
    expect(PinSchema.parse({ ...base, page: { url } }).page).toEqual({ url, title: '' });
  });

  it('normalises pinnedAt to UTC and rejects what is not a real time', () => {
    expect(PinSchema.parse({ ...base, pinnedAt: '2026-03-01T12:00:00+02:00' }).pinnedAt).toBe('2026-03-01T10:00:00.000Z');
    expect(PinSchema.parse({ ...base, pinnedAt: UNKNOWN_PINNED_AT }).pinnedAt).toBe(UNKNOWN_PINNED_AT);
    for (const pinnedAt of ['yesterday', '2026-02-30T00:00:00Z', '2026-03-01T10:00:00', '9999-12-31T23:00:00-02:00', 1_767_225_600_000]) {
      expect(PinSchema.safeParse({ ...base, pinnedAt }).success, String(pinnedAt)).toBe(false);
    }
  });

  it('drops unknown fields', () => {
    expect(PinSchema.parse({ ...base, extra: '<img>', __proto__: { polluted: true } })).toEqual(base);
  });
});

describe('PinsDataSchema', () => {
  it(`holds at most ${MAX_PINS} pins`, () => {
    const pins = Array.from({ length: MAX_PINS + 1 }, (_, index) => makePin(`model-${index}`));
    expect(PinsDataSchema.safeParse({ pins: pins.slice(0, MAX_PINS) }).success).toBe(true);
    expect(PinsDataSchema.safeParse({ pins }).success).toBe(false);
  });

  it('parses what it produced to the same value, so saving after loading changes nothing', () => {
    const once = PinsDataSchema.parse({
      pins: [{ ...base, name: ` ${'é'.repeat(300)} `, page: { url: 'HTTPS://Example.com/ä b', title: `\u202E${'t'.repeat(300)}` } }],
    });
    expect(PinsDataSchema.parse(once)).toEqual(once);
  });
});
