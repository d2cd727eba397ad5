import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ProcessorBuilder, ValidationTypes } from '@forge/manifest';
import { z } from 'zod';
import * as handlers from '../../src/index';

const repoRoot = resolve(__dirname, '..', '..');
const manifestPath = join(repoRoot, 'manifest.yml');

/** Full offline validation, as `forge deploy` would do it (schema, keys, scopes, handler files). */
function validateManifest(path: string) {
  return ProcessorBuilder.instance().withValidation(ValidationTypes.FULL).build().process(path);
}

const functionModules = z.object({
  modules: z.object({
    function: z.array(z.object({ key: z.string(), handler: z.string() })),
  }),
});

describe('manifest.yml', () => {
  let scratch = '';

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'jalon-manifest-'));
  });

  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('passes @forge/manifest full validation offline', async () => {
    const result = await validateManifest(manifestPath);

    expect(result.errors ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('is rejected when it asks for a scope that does not exist', async () => {
    const bogus = readFileSync(manifestPath, 'utf8').replace('read:jira-work', 'read:jira-bogus');
    expect(bogus).toContain('read:jira-bogus');
    writeFileSync(join(scratch, 'manifest.yml'), bogus);
    // Same handler file as the real app, so the scope is the only thing wrong.
    mkdirSync(join(scratch, 'src'), { recursive: true });
    copyFileSync(join(repoRoot, 'src', 'index.ts'), join(scratch, 'src', 'index.ts'));

    const result = await validateManifest(join(scratch, 'manifest.yml'));

    const errors = result.errors ?? [];
    expect(result.success).toBe(false);
    expect(errors.map((error) => error.reference)).toEqual(['valid-permissions-required']);
    expect(errors[0]?.message).toContain("'read:jira-bogus'");
  });

  it('names only handlers that src/index.ts exports as functions', async () => {
    const result = await validateManifest(manifestPath);
    const { modules } = functionModules.parse(result.manifestObject?.typedContent);
    const exported = new Map<string, unknown>(Object.entries(handlers));

    expect(modules.function.length).toBeGreaterThan(0);
    for (const { handler } of modules.function) {
      const [file, name = ''] = handler.split('.');
      expect(file).toBe('index');
      expect(typeof exported.get(name)).toBe('function');
    }
  });

  it('has a ping web trigger that answers 200 with the app name', async () => {
    await expect(handlers.ping()).resolves.toEqual({
      statusCode: 200,
      headers: { 'Content-Type': ['text/plain; charset=utf-8'] },
      body: 'Jalon',
    });
  });
});
