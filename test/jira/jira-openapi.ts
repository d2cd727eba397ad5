import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { z } from 'zod';

/** The published Jira platform v3 document, outside the repository (`../shared/openapi`). */
export const JIRA_OPENAPI_PATH = path.join(
  __dirname,
  '..',
  '..',
  '..',
  'shared',
  'openapi',
  'jira-platform-v3.json',
);

const documentSchema = z.looseObject({
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
  components: z.looseObject({ schemas: z.record(z.string(), z.unknown()) }),
});

const operationSchema = z.looseObject({
  responses: z.looseObject({
    200: z.looseObject({
      content: z.looseObject({
        'application/json': z.looseObject({ schema: z.object({ $ref: z.string() }) }),
      }),
    }),
  }),
});

const requestBodySchema = z.looseObject({
  requestBody: z.looseObject({
    content: z.looseObject({
      'application/json': z.looseObject({ schema: z.object({ $ref: z.string() }) }),
    }),
  }),
});

const changeDetailsSchema = z.looseObject({
  properties: z.record(z.string(), z.looseObject({})),
});

/** `ChangeDetails` values Jira sends as `null` (its own examples do) though typed `string`. */
const SENT_AS_NULL = ['from', 'fromString', 'to', 'toString'];

export type JiraDeviations = 'as-published' | 'as-jira-sends';

/** Validates JSON against the document's schemas; returns Ajv's errors as `path message` lines. */
export interface JiraOpenApi {
  readonly example: (route: string, method: string) => unknown;
  readonly responseSchema: (route: string, method: string) => string;
  /** The `$ref` of an operation's JSON request body schema. */
  readonly requestSchema: (route: string, method: string) => string;
  readonly validate: (schemaRef: string, value: unknown) => readonly string[];
}

export function loadJiraOpenApi(deviations: JiraDeviations = 'as-jira-sends'): JiraOpenApi {
  const document = documentSchema.parse(JSON.parse(readFileSync(JIRA_OPENAPI_PATH, 'utf8')));
  const schemas = { ...document.components.schemas };
  if (deviations === 'as-jira-sends') {
    const details = changeDetailsSchema.parse(schemas.ChangeDetails);
    const properties = Object.fromEntries(
      Object.entries(details.properties).map(([key, value]) => [
        key,
        SENT_AS_NULL.includes(key) ? { ...value, nullable: true } : value,
      ]),
    );
    schemas.ChangeDetails = { ...details, properties };
  }
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'jira', components: { schemas } });

  const content = (route: string, method: string) =>
    operationSchema.parse(document.paths[route]?.[method]).responses[200].content[
      'application/json'
    ];
  return {
    example: (route, method) => {
      const parsed: unknown = JSON.parse(z.string().parse(content(route, method).example));
      return parsed;
    },
    responseSchema: (route, method) => content(route, method).schema.$ref,
    requestSchema: (route, method) =>
      requestBodySchema.parse(document.paths[route]?.[method]).requestBody.content[
        'application/json'
      ].schema.$ref,
    validate: (schemaRef, value) => {
      const validator = ajv.getSchema(`jira${schemaRef}`);
      if (validator === undefined) throw new Error(`No schema ${schemaRef} in the Jira document`);
      if (validator(value)) return [];
      return (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
    },
  };
}
