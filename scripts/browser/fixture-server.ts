import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body: string | Buffer;
}

/** A route answers with a reply, or a file path to serve. */
export type Route = Reply | { file: string } | ((request: IncomingMessage) => Reply | Promise<Reply>);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.js': 'text/javascript',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css',
};

/**
 * A loopback HTTP server for fixture pages and API payloads. Routes can be swapped while it
 * runs (an API that starts failing). Every answer allows any origin, as the public APIs do.
 */
export class FixtureServer {
  private readonly routes = new Map<string, Route>();
  private server?: Server;
  port = 0;
  readonly requests: string[] = [];

  route(path: string, route: Route): this {
    this.routes.set(path, route);
    return this;
  }

  async start(port = 0): Promise<this> {
    this.server = createServer((req, res) => void this.answer(req, res));
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  url(path: string, host = '127.0.0.1'): string {
    return `http://${host}:${this.port}${path}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    this.requests.push(path);
    const route = this.routes.get(path);
    let reply: Reply;
    try {
      if (!route) reply = { status: 404, body: 'not found' };
      else if (typeof route === 'function') reply = await route(req);
      else if ('file' in route) {
        reply = { body: await readFile(route.file), headers: { 'content-type': TYPES[extname(route.file)] ?? 'application/octet-stream' } };
      } else reply = route;
    } catch (error) {
      reply = { status: 500, body: String(error) };
    }
    res.writeHead(reply.status ?? 200, { 'access-control-allow-origin': '*', 'cache-control': 'no-store', ...reply.headers });
    res.end(reply.body);
  }
}

export function json(value: unknown, status = 200): Reply {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) };
}
