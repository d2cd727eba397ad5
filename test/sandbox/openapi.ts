import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { z } from 'zod';
import type { SandboxValidator } from '../../src/sandbox/handler';

/**
 * The published Jira platform v3 and Confluence v2 OpenAPI documents as a sandbox validator:
 * every request body against its operation's request schema, every 2xx or 3xx response against
 * the schema of that status, every Jira error against `ErrorCollection`. Three deviations, all
 * known inconsistencies of the documents (see `test/jira/jira-openapi.ts` and
 * `test/confluence/publish-page.test.ts`): Jira sends `ChangeDetails` from/to as null, and
 * takes any JSON where it documents `JsonNode`; Confluence's page body is `oneOf` two schemas any
 * object satisfies (read as `anyOf`), and its `format: "string"` is not a format.
 */

const OPENAPI = path.join(__dirname, '..', '..', '..', 'shared', 'openapi');
const CONFLUENCE_BASE = '/wiki/api/v2';

const documentSchema = z.looseObject({
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
  components: z.looseObject({ schemas: z.record(z.string(), z.unknown()) }),
});
type OpenApiDocument = z.output<typeof documentSchema>;

const jsonContent = z.looseObject({
  content: z
    .looseObject({ 'application/json': z.looseObject({ schema: z.unknown() }).optional() })
    .optional(),
  $ref: z.string().optional(),
});
const operationSchema = z.looseObject({
  requestBody: jsonContent.optional(),
  responses: z.record(z.string(), jsonContent),
});
const changeDetails = z.looseObject({ properties: z.record(z.string(), z.looseObject({})) });
const bodyUnion = z.looseObject({
  content: z.looseObject({
    'application/json': z.looseObject({
      schema: z.looseObject({
        properties: z.looseObject({ body: z.looseObject({ oneOf: z.unknown() }) }),
      }),
    }),
  }),
});

function load(file: string): OpenApiDocument {
  return documentSchema.parse(JSON.parse(readFileSync(path.join(OPENAPI, file), 'utf8')));
}

function jiraAsSent(document: OpenApiDocument): OpenApiDocument {
  const details = changeDetails.parse(document.components.schemas.ChangeDetails);
  const properties = Object.fromEntries(
    Object.entries(details.properties).map(([key, value]) => [
      key,
      ['from', 'fromString', 'to', 'toString'].includes(key) ? { ...value, nullable: true } : value,
    ]),
  );
  // `JsonNode` (the values of `POST /issue/properties/multi`) describes Jackson's Java object,
  // not JSON: the operation's own example ({"owner": "admin", "weight": 100}) breaks it. Any
  // JSON value is what Jira takes.
  const schemas = {
    ...document.components.schemas,
    ChangeDetails: { ...details, properties },
    JsonNode: {},
  };
  return { ...document, components: { ...document.components, schemas } };
}

function confluenceAsRead(document: OpenApiDocument): OpenApiDocument {
  const bodies = z.record(z.string(), z.unknown()).parse(document.components.requestBodies);
  const patched = { ...bodies };
  for (const name of ['PageCreateRequest', 'PageUpdateRequest']) {
    const request = bodyUnion.parse(bodies[name]);
    const schema = request.content['application/json'].schema;
    const body = { anyOf: schema.properties.body.oneOf };
    patched[name] = {
      ...request,
      content: {
        'application/json': { schema: { ...schema, properties: { ...schema.properties, body } } },
      },
    };
  }
  return { ...document, components: { ...document.components, requestBodies: patched } };
}

const JSON_SCHEMA = ['content', 'application/json', 'schema'];

/** `#/paths/~1pages~1%7Bid%7D/put`: a JSON pointer inside a `$ref`. */
const pointer = (...segments: string[]): string =>
  segments.map((s) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');

interface Loaded {
  readonly ajv: Ajv;
  readonly jira: OpenApiDocument;
  readonly confluence: OpenApiDocument;
}

let loaded: Loaded | undefined;

function documents(): Loaded {
  if (loaded !== undefined) return loaded;
  const jira = jiraAsSent(load('jira-platform-v3.json'));
  const confluence = confluenceAsRead(load('confluence-v2.json'));
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  ajv.addFormat('string', true);
  ajv.addSchema({ $id: 'jira', paths: jira.paths, components: jira.components });
  ajv.addSchema({ $id: 'confluence', paths: confluence.paths, components: confluence.components });
  loaded = { ajv, jira, confluence };
  return loaded;
}

export interface OpenApiCheck {
  readonly validate: SandboxValidator;
  /** Every mismatch seen, `METHOD route status: path message` (also thrown at once). */
  readonly mismatches: readonly string[];
  /** `METHOD route status` of every validated message (`request` for a request body). */
  readonly checked: ReadonlySet<string>;
}

export function openApiCheck(): OpenApiCheck {
  const { ajv, jira, confluence } = documents();
  const compiled = new Map<string, ValidateFunction | null>();
  const mismatches: string[] = [];
  const checked = new Set<string>();

  /** The validator of one message, null when the document gives it no JSON schema. */
  function validatorOf(route: string, method: string, status: number | null) {
    const key = `${method} ${route} ${String(status)}`;
    if (compiled.has(key)) return compiled.get(key) ?? null;
    const isConfluence = route.startsWith(CONFLUENCE_BASE);
    const [id, document] = isConfluence ? ['confluence', confluence] : ['jira', jira];
    const docPath = isConfluence ? route.slice(CONFLUENCE_BASE.length) : route;
    const verb = method.toLowerCase();
    const operation = operationSchema.parse(document.paths[docPath]?.[verb]);
    let ref: string | null = null;
    if (status === null) {
      const body = operation.requestBody;
      if (body?.$ref !== undefined) ref = `${id}${body.$ref}/content/application~1json/schema`;
      else if (body?.content?.['application/json'] !== undefined)
        ref = `${id}#/${pointer('paths', docPath, verb, 'requestBody', ...JSON_SCHEMA)}`;
    } else if (status >= 200 && status < 400) {
      // A success or a redirect (Jira's 303 to an asynchronous task): the document's response.
      const response = operation.responses[String(status)];
      if (response === undefined) throw new Error(`${key}: status not in the document`);
      if (response.content?.['application/json'] !== undefined)
        ref = `${id}#/${pointer('paths', docPath, verb, 'responses', String(status), ...JSON_SCHEMA)}`;
    } else if (!isConfluence) ref = 'jira#/components/schemas/ErrorCollection';
    const validator = ref === null ? null : ajv.compile({ $ref: ref });
    compiled.set(key, validator);
    return validator;
  }

  const validate: SandboxValidator = (route, method, status, json) => {
    const where = `${method} ${route} ${status === null ? 'request' : String(status)}`;
    checked.add(where);
    const before = mismatches.length;
    const validator = validatorOf(route, method, status);
    if (validator === null) {
      if (json !== undefined && status !== null && status >= 200 && status < 400)
        mismatches.push(`${where}: a body the document does not describe`);
    } else if (!validator(json)) {
      for (const error of validator.errors ?? [])
        mismatches.push(`${where}: ${error.instancePath || '/'} ${error.message ?? ''}`);
    }
    if (mismatches.length > before)
      throw new Error(`OpenAPI mismatch:\n${mismatches.slice(before).join('\n')}`);
  };
  return { validate, mismatches, checked };
}
