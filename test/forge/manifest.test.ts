import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ProcessorBuilder, ValidationTypes, validateTriggerScopes } from '@forge/manifest';
import Ajv from 'ajv';
import { z } from 'zod';
import { ensureUiBuild } from '../../scripts/build-static';
import { JALON_FIELD_NAMES } from '../../src/app/recompute-issues';
import * as handlers from '../../src/index';

const repoRoot = resolve(__dirname, '..', '..');
const manifestPath = join(repoRoot, 'manifest.yml');

/** Full offline validation, as `forge deploy` would do it (schema, keys, scopes, resources). */
function validateManifest(path: string) {
  return ProcessorBuilder.instance().withValidation(ValidationTypes.FULL).build().process(path);
}

const customField = z.object({
  key: z.string(),
  name: z.string(),
  type: z.string(),
  readOnly: z.boolean().optional(),
  schema: z.record(z.string(), z.unknown()).optional(),
});
/** A module that shows a resource: directly, or through its config form (Automation action). */
const moduleWithResource = z.union([
  z.object({ resource: z.string(), render: z.string().optional() }),
  z.object({ config: z.object({ resource: z.string(), render: z.string().optional() }) }),
]);
const manifestSchema = z.object({
  permissions: z.object({ scopes: z.array(z.string()) }),
  modules: z.looseObject({
    function: z.array(z.object({ key: z.string(), handler: z.string() })),
    trigger: z.array(z.object({ key: z.string(), events: z.array(z.string()) })),
    'jira:customField': z.array(customField),
    'jira:issuePanel': z.array(z.object({ resource: z.string(), icon: z.string() })),
  }),
  resources: z.array(z.object({ key: z.string(), path: z.string() })),
});
type Manifest = z.infer<typeof manifestSchema>;

/** Each resource key with how its modules render it: `native` (UI Kit) or `default` (Custom UI). */
function resourceRenders(modules: Manifest['modules']): Map<string, Set<string>> {
  const renders = new Map<string, Set<string>>();
  for (const entries of Object.values(modules)) {
    if (!Array.isArray(entries)) continue;
    for (const entry of entries) {
      const parsed = moduleWithResource.safeParse(entry);
      if (!parsed.success) continue;
      const shown = 'resource' in parsed.data ? parsed.data : parsed.data.config;
      const set = renders.get(shown.resource) ?? new Set<string>();
      set.add(shown.render ?? 'default');
      renders.set(shown.resource, set);
    }
  }
  return renders;
}

describe('manifest.yml', () => {
  let scratch = '';
  let manifest: Manifest;

  beforeAll(async () => {
    // The Custom UI resources are build output (git-ignored): built by Vite when missing or stale.
    await ensureUiBuild(repoRoot);
    scratch = mkdtempSync(join(tmpdir(), 'jalon-manifest-'));
    const result = await validateManifest(manifestPath);
    manifest = manifestSchema.parse(result.manifestObject?.typedContent);
  }, 120_000);

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
    // Same handler file and resources as the real app, so the scope is the only thing wrong.
    cpSync(join(repoRoot, 'src', 'index.ts'), join(scratch, 'src', 'index.ts'));
    for (const { path } of manifest.resources) {
      cpSync(join(repoRoot, path), join(scratch, path), { recursive: true });
    }

    const result = await validateManifest(join(scratch, 'manifest.yml'));

    const errors = result.errors ?? [];
    expect(result.success).toBe(false);
    expect(errors.map((error) => error.reference)).toEqual(['valid-permissions-required']);
    expect(errors[0]?.message).toContain("'read:jira-bogus'");
  });

  it('names only handlers that src/index.ts exports as functions', () => {
    const exported = new Map<string, unknown>(Object.entries(handlers));
    const handlerNames = manifest.modules.function.map((f) => f.handler);
    const missing = handlerNames.filter((handler) => {
      const [file, name = ''] = handler.split('.');
      return file !== 'index' || typeof exported.get(name) !== 'function';
    });

    expect(handlerNames.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('declares every scope the product events of its triggers require', async () => {
    const events = manifest.modules.trigger.flatMap((trigger) => trigger.events);
    expect(events).toEqual(['avi:jira:created:issue', 'avi:jira:updated:issue']);

    for (const event of events) {
      const check = await validateTriggerScopes(event, manifest.permissions.scopes);
      expect({ event, missing: check.missingScopes }).toEqual({ event, missing: [] });
      expect(check.valid).toBe(true);
    }
  });

  it('names its custom fields exactly as recomputeIssues looks them up, with matching types', () => {
    const fields = new Map(manifest.modules['jira:customField'].map((f) => [f.name, f]));
    const expectedTypes: Record<keyof typeof JALON_FIELD_NAMES, string> = {
      state: 'string',
      nextDue: 'datetime',
      remainingHours: 'number',
      clocks: 'object',
    };

    for (const [field, name] of Object.entries(JALON_FIELD_NAMES)) {
      expect({ name, type: fields.get(name)?.type }).toEqual({
        name,
        type: expectedTypes[field as keyof typeof JALON_FIELD_NAMES],
      });
    }
  });

  it('lets people edit only the Lignes UO field; Jalon alone writes the others', () => {
    const editable = manifest.modules['jira:customField']
      .filter((field) => field.readOnly !== true)
      .map((field) => `${field.key}: ${field.name}`);

    expect(editable).toEqual(['lignes-uo: Lignes UO']);
  });

  it('describes the delais value Jalon writes, null due date included, and nothing less', () => {
    const delais = manifest.modules['jira:customField'].find((field) => field.key === 'delais');
    const validate = new Ajv({ strict: true }).compile(delais?.schema ?? false);
    const clock = {
      id: 'resolution',
      label: 'Résolution',
      state: 'Dépassé',
      remaining: '-3 h 20',
      due: '2026-09-14T17:00:00+02:00',
    };

    expect(validate({ clocks: [clock, { ...clock, id: 'prise-en-compte', due: null }] })).toBe(
      true,
    );
    expect(validate({ clocks: [] })).toBe(true);
    expect(validate({ clocks: [{ id: 'resolution', label: 'Résolution' }] })).toBe(false);
    expect(validate({ clocks: [{ ...clock, due: 42 }] })).toBe(false);
    expect(validate({})).toBe(false);
  });

  it('points Custom UI modules at built directories with an index.html, UI Kit ones at sources', () => {
    const renders = resourceRenders(manifest.modules);
    const problems = manifest.resources.flatMap(({ key, path }) => {
      const modes = [...(renders.get(key) ?? [])];
      const full = join(repoRoot, path);
      if (modes.length !== 1) return [`${key}: shown as ${modes.join(' and ') || 'nothing'}`];
      if (modes[0] === 'native') {
        return path.endsWith('.tsx') && existsSync(full)
          ? []
          : [`${key}: no UI Kit source ${path}`];
      }
      return existsSync(join(full, 'index.html')) ? [] : [`${key}: no ${path}/index.html`];
    });

    expect(problems).toEqual([]);
  });

  it('takes the issue panel icon from an svg inside the panel resource', () => {
    const [panel] = manifest.modules['jira:issuePanel'];
    const match = /^resource:([\w-]+);([\w./-]+\.svg)$/.exec(panel?.icon ?? '');
    const resource = manifest.resources.find((r) => r.key === match?.[1]);

    expect(resource).toBeDefined();
    const icon = join(repoRoot, resource?.path ?? '', match?.[2] ?? '');
    expect(existsSync(icon) && statSync(icon).isFile()).toBe(true);
    expect(readFileSync(icon, 'utf8')).toMatch(/^<svg\b/);
  });

  it('has a ping web trigger that answers 200 with the app name', async () => {
    await expect(handlers.ping()).resolves.toEqual({
      statusCode: 200,
      headers: { 'Content-Type': ['text/plain; charset=utf-8'] },
      body: 'Jalon',
    });
  });
});
