import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchJson } from '@/lib/catalogue/fetch-json';
import { browserFetch } from '@/lib/ext/background/network';

let server: Server;
let base: string;
const seenCookies: (string | undefined)[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seenCookies.push(req.headers.cookie);
    switch (req.url) {
      case '/ok':
        res.setHeader('content-type', 'application/json');
        return res.end('{"data":[1,2]}');
      case '/portal':
        res.setHeader('content-type', 'text/html');
        return res.end('<!doctype html><title>Sign in to Wi-Fi</title>');
      case '/truncated':
        res.setHeader('content-type', 'application/json');
        return res.end('{"data":[{"id":"a/b",');
      case '/limited':
        res.statusCode = 429;
        res.setHeader('retry-after', '90');
        return res.end('slow down');
      case '/error':
        res.statusCode = 500;
        return res.end('oops');
      case '/hang':
        return; // never answers
      default:
        res.statusCode = 404;
        return res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const get = (path: string, timeoutMs = 2000) => fetchJson(`${base}${path}`, { timeoutMs, now: () => new Date(), fetchImpl: browserFetch });

describe('fetchJson', () => {
  it('returns parsed JSON', async () => {
    expect(await get('/ok')).toEqual({ ok: true, json: { data: [1, 2] } });
  });

  it('recognises a captive portal page', async () => {
    const result = await get('/portal');
    expect(result).toMatchObject({ ok: false, failure: { kind: 'not-json', message: expect.stringContaining('web page instead of data') } });
  });

  it('recognises truncated JSON', async () => {
    expect(await get('/truncated')).toMatchObject({ ok: false, failure: { kind: 'not-json', message: expect.stringContaining('cut short') } });
  });

  it('reports HTTP errors with status and Retry-After', async () => {
    expect(await get('/limited')).toMatchObject({ ok: false, failure: { kind: 'http', status: 429, retryAfterMs: 90_000, message: expect.stringContaining('rate-limiting') } });
    expect(await get('/error')).toMatchObject({ ok: false, failure: { kind: 'http', status: 500, message: expect.stringContaining('HTTP 500') } });
  });

  it('times out a server that does not answer', async () => {
    expect(await get('/hang', 300)).toMatchObject({ ok: false, failure: { kind: 'timeout' } });
  });

  it('reports an unreachable host as offline', async () => {
    const result = await fetchJson('http://127.0.0.1:9/none', { timeoutMs: 2000, now: () => new Date(), fetchImpl: browserFetch });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'offline', message: 'could not reach 127.0.0.1:9 (offline or blocked)' } });
  });

  it('sends no cookies', () => {
    expect(seenCookies.every((cookie) => cookie === undefined)).toBe(true);
  });
});
