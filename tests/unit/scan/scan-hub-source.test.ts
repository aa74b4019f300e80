import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const HUB_ITEMS = [
  { id: 'unsloth/Qwen3-30B-A3B-GGUF', tags: ['gguf', 'base_model:Qwen/Qwen3-30B-A3B', 'base_model:quantized:Qwen/Qwen3-30B-A3B'], pipeline_tag: 'text-generation' },
  // Its name reads as DeepSeek R1; its tags say it is a Qwen fine-tune.
  { id: 'someone/Qwen3-8B-DeepSeek-R1-Uncensored', tags: ['base_model:finetune:Qwen/Qwen3-30B-A3B'] },
  { id: 'someone/lora', tags: ['base_model:adapter:someone/Qwen3-8B-DeepSeek-R1-Uncensored'] },
  { id: 'nobody/own-model', tags: ['transformers'] },
  { id: 'loop/a', tags: ['base_model:merge:loop/b', 'base_model:merge:Qwen/Qwen3-30B-A3B'] },
  { id: 'loop/b', tags: ['base_model:finetune:loop/a'] },
  { not: 'an item' },
];
const TEXT = 'Try unsloth/Qwen3-30B-A3B-GGUF, someone/Qwen3-8B-DeepSeek-R1-Uncensored, someone/lora, nobody/own-model, loop/a and Qwen/Qwen3-30B-A3B.';

function scan(...args: string[]): Record<string, { text: string; model: string | null; kind: string; hub?: unknown }[]> {
  const out = execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/scan.ts'), '--json', ...args], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out) as ReturnType<typeof scan>;
}

// Each test starts the CLI, which builds the bundled catalogue: seconds of CPU, more on a busy machine.
describe('scan --source hf=FILE', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'scan-hf-'));
  const hubFile = join(dir, 'hub.json');
  const textFile = join(dir, 'page.txt');
  writeFileSync(hubFile, JSON.stringify(HUB_ITEMS));
  writeFileSync(textFile, TEXT);

  it('resolves each repo id by its lineage, with the bundled catalogue', () => {
    const mentions = scan('--source', `hf=${hubFile}`, textFile)[textFile]!;
    const byText = Object.fromEntries(mentions.map((m) => [m.text, m]));
    expect(byText['unsloth/Qwen3-30B-A3B-GGUF']).toMatchObject({
      model: 'qwen/qwen3-30b-a3b',
      kind: 'specific',
      hub: { repo: 'unsloth/Qwen3-30B-A3B-GGUF', relation: 'quantized', base: 'Qwen/Qwen3-30B-A3B', baseModel: 'qwen/qwen3-30b-a3b' },
    });
    expect(byText['someone/Qwen3-8B-DeepSeek-R1-Uncensored']).toMatchObject({
      model: null,
      kind: 'hub',
      hub: { relation: 'finetune', base: 'Qwen/Qwen3-30B-A3B', baseModel: 'qwen/qwen3-30b-a3b' },
    });
    expect(byText['someone/lora']).toMatchObject({ model: null, kind: 'hub', hub: { relation: 'adapter', base: 'someone/Qwen3-8B-DeepSeek-R1-Uncensored', baseModel: 'qwen/qwen3-30b-a3b' } });
    expect(byText['nobody/own-model']).toMatchObject({ model: null, kind: 'hub', hub: { relation: 'self', base: null, baseModel: null } });
    expect(byText['loop/a']).toMatchObject({ model: null, kind: 'hub', hub: { relation: 'merge', base: 'loop/b', baseModel: null } });
    // A repo the hf source does not list is read as any text is.
    expect(byText['Qwen/Qwen3-30B-A3B']).toMatchObject({ model: 'qwen/qwen3-30b-a3b', kind: 'specific' });
    expect(byText['Qwen/Qwen3-30B-A3B']).not.toHaveProperty('hub');
    // No mention of DeepSeek R1 from inside the fine-tune's name.
    expect(mentions.map((m) => m.model)).not.toContain('deepseek/deepseek-r1');
  });

  it('refuses an hf source that is not a list of items', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"models": []}');
    expect(() => execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/scan.ts'), '--source', `hf=${bad}`, textFile], { cwd: ROOT, stdio: 'pipe' })).toThrow(
      /not a JSON array of Hub \/api\/models items/,
    );
  });
});
