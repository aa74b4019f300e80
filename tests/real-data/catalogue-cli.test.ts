import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasSharedFixtures, SHARED_FIXTURES } from './shared-fixtures';

const ROOT = resolve(import.meta.dirname, '../..');

interface CliModel {
  id: string;
  name: string;
  ids: string[];
  type: string;
  free: boolean;
  price: { input: number | null; output: number | null; units: { usd: number; per: string }[] };
  rank: { score: number; position: number; of: number; among: string };
}

function runCatalogue(...args: string[]): CliModel[] {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/catalogue.ts', '--json', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return (JSON.parse(out) as { models: CliModel[] }).models;
}

function expectContract(models: CliModel[]): void {
  for (const model of models) {
    expect(Object.keys(model).sort()).toEqual(['free', 'id', 'ids', 'name', 'price', 'rank', 'type']);
    expect(typeof model.free).toBe('boolean');
    expect(model.ids.length).toBeGreaterThan(0);
    for (const unit of model.price.units) expect(unit.usd).toBeGreaterThanOrEqual(0);
    expect(model.rank.among).toBe(model.type);
    expect(model.rank.position).toBeLessThanOrEqual(model.rank.of);
  }
}

describe('npm run catalogue -- --json', () => {
  it('prints the bundled catalogue without sources, each model with ids, type, free, prices and rank within its kind', () => {
    const models = runCatalogue();
    expect(models.length).toBeGreaterThan(200);
    expectContract(models);
    const sonnet = models.find((m) => m.name === 'Claude Sonnet 4')!;
    expect(sonnet.price).toMatchObject({ input: 3, output: 15 });
    expect(sonnet.price.units).toContainEqual({ usd: 3, per: '1M input tokens' });
  }, 60_000);

  it.skipIf(!hasSharedFixtures)('builds from snapshot files: every OpenRouter and models.dev id, image models ranked among images', () => {
    const models = runCatalogue(
      '--source', `openrouter=${resolve(SHARED_FIXTURES, 'openrouter-models-all-2026-08-19.json')}`,
      '--source', `models-dev=${resolve(SHARED_FIXTURES, 'models-dev-2026-07-01.json')}`,
      '--source', `hf=${resolve(SHARED_FIXTURES, 'hf/hf-api-models-listing-2025-01-14.json')}`,
    );
    expectContract(models);
    const flux = models.find((m) => m.id === 'black-forest-labs/flux.2-pro')!;
    expect(flux).toMatchObject({ type: 'image', free: false, price: { input: null, output: null }, rank: { among: 'image', of: 70 } });
    expect(flux.price.units).toEqual([{ usd: 7.32421875, per: '1M image output tokens' }]);
    const sonnet = models.find((m) => m.id === 'anthropic/claude-sonnet-4.6')!;
    expect(sonnet.ids).toEqual(expect.arrayContaining(['anthropic/claude-sonnet-4.6', 'anthropic/claude-sonnet-4-6', 'amazon-bedrock/anthropic.claude-sonnet-4-6']));
  }, 60_000);
});
