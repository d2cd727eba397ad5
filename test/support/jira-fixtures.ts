import { displayText, displayValue } from '../../src/jira/display-value';
import {
  API,
  SYSTEM_NAMES,
  changeItem,
  idOf,
  instantOf,
  kindOf,
  rawValue,
  status,
  user,
  type ChangeSpec,
  type FieldKind,
  type FieldSpec,
  type JiraJson,
} from './jira-json-shapes';

export type { FieldKind, JiraJson } from './jira-json-shapes';

interface IssueSpec {
  readonly key: string;
  readonly created: string;
  readonly issueType: string;
  readonly labels: readonly string[];
  readonly fields: Readonly<Record<string, FieldSpec>>;
  readonly changes: readonly ChangeSpec[];
  readonly changelog: 'full' | 'missing' | { readonly shown: number };
  readonly fieldIds: boolean;
  /** `fields.issuelinks`, emitted only when some link was added. */
  readonly links: readonly { readonly type: string; readonly key: string }[];
}

/** Builds one issue exactly as `POST /rest/api/3/search/jql` sends it; every call returns a copy. */
export class JiraIssueBuilder {
  constructor(private readonly spec: IssueSpec) {}

  private with(patch: Partial<IssueSpec>): JiraIssueBuilder {
    return new JiraIssueBuilder({ ...this.spec, ...patch });
  }

  private withField(id: string, field: FieldSpec): JiraIssueBuilder {
    return this.with({ fields: { ...this.spec.fields, [id]: field } });
  }

  created(at: string) {
    return this.with({ created: at });
  }
  type(name: string) {
    return this.with({ issueType: name });
  }
  labels(...labels: string[]) {
    return this.with({ labels });
  }
  /** The status at creation; by default the first transition's `from`. */
  status(name: string) {
    return this.withField('status', { name: SYSTEM_NAMES.status, kind: 'status', initial: name });
  }
  /** A field's value at creation, shaped as in Jira's `fields`; later changes update it. */
  field(id: string, name: string, value: unknown, kind?: FieldKind) {
    return this.withField(id, { name, kind: kind ?? kindOf(value), initial: value });
  }
  transition(at: string, author: string | null, from: string, to: string) {
    const declared = this.spec.fields.status ?? { name: SYSTEM_NAMES.status, kind: 'status' };
    return this.withField('status', declared).change(at, author, 'status', declared.name, from, to);
  }
  /** One field changed; changes at the same instant by the same author share a history entry. */
  change(
    at: string,
    author: string | null,
    fieldId: string,
    name: string,
    from: string | null,
    to: string | null,
  ) {
    const known = this.spec.fields[fieldId] ?? { name, kind: kindOf(to ?? from) };
    const changes = [...this.spec.changes, { at, author, fieldId, from, to }];
    return this.withField(fieldId, known).with({ changes });
  }
  withoutChangelog() {
    return this.with({ changelog: 'missing' });
  }
  /** Keeps only the `shown` most recent history entries, as Jira does past its page size. */
  truncatedChangelog(shown: number) {
    return this.with({ changelog: { shown } });
  }
  /** An outward link of type `type` to issue `key`, as `fields.issuelinks` carries it. */
  link(type: string, key: string) {
    return this.with({ links: [...this.spec.links, { type, key }] });
  }
  /** Changelog items without `fieldId`, as some Jira items come. */
  withoutFieldIds() {
    return this.with({ fieldIds: false });
  }

  names(): Readonly<Record<string, string>> {
    const own = Object.entries(this.spec.fields).map(([id, f]): [string, string] => [id, f.name]);
    return { ...SYSTEM_NAMES, ...Object.fromEntries(own) };
  }

  build(): JiraJson {
    const { key, issueType, labels, created, changelog } = this.spec;
    const ordered = this.spec.changes
      .map((change, index) => ({ change, at: instantOf(key, change.at), index }))
      .sort((a, b) => a.at - b.at || a.index - b.index)
      .map(({ change }) => change);
    const histories = historiesOf(this.spec, ordered);
    const shown = typeof changelog === 'object' ? histories.slice(0, changelog.shown) : histories;
    const number = /\d+$/.exec(key)?.[0] ?? '0';
    const project = key.replace(/-\d+$/, '');
    const type = { id: idOf(issueType), name: issueType, subtask: false, hierarchyLevel: 0 };
    return {
      expand: 'operations,versionedRepresentations,editmeta,changelog,renderedFields',
      id: String(10_000 + Number(number)),
      self: `${API}/issue/${String(10_000 + Number(number))}`,
      key,
      fields: {
        status: status('À faire'),
        ...latestValues(this.spec, ordered),
        issuetype: { self: `${API}/issuetype/${type.id}`, ...type },
        project: { self: `${API}/project/${project}`, key: project, name: `Projet ${project}` },
        labels,
        created,
        updated: ordered.at(-1)?.at ?? created,
        ...(this.spec.links.length === 0
          ? {}
          : { issuelinks: this.spec.links.map((l, i) => issueLink(l.type, l.key, i)) }),
      },
      ...(changelog === 'missing'
        ? {}
        : {
            changelog: {
              startAt: 0,
              maxResults: shown.length,
              total: histories.length,
              histories: shown,
            },
          }),
    };
  }
}

/** The latest value of each field: its value at creation, then each change's `to` in turn. */
function latestValues(spec: IssueSpec, ordered: readonly ChangeSpec[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [id, field] of Object.entries(spec.fields)) {
    const own = ordered.filter((change) => change.fieldId === id);
    const declared = 'initial' in field;
    let shown = declared ? displayValue(field.initial) : displayText(own[0]?.from ?? '');
    for (const { at, from, to } of own) {
      if (displayText(from ?? '') !== shown) {
        const was = shown ?? 'vide';
        throw new Error(
          `aJiraIssue(${spec.key}): ${id} changes at ${at} from ${from ?? 'vide'}, not ${was}`,
        );
      }
      shown = displayText(to ?? '');
    }
    const keep = declared && own.length === 0 && field.kind !== 'status';
    values[id] = keep ? field.initial : rawValue(field.kind, own.at(-1)?.to ?? shown);
  }
  return values;
}

/** History entries, newest first as Jira sends them; one per instant and author. */
function historiesOf(spec: IssueSpec, ordered: readonly ChangeSpec[]): JiraJson[] {
  const groups: ChangeSpec[][] = [];
  for (const change of ordered) {
    const group = groups.at(-1);
    if (group?.[0]?.at === change.at && group[0].author === change.author) group.push(change);
    else groups.push([change]);
  }
  const base = 100_000 * Number(/\d+$/.exec(spec.key)?.[0] ?? '0');
  return groups
    .map((group, index) => {
      const author = group[0]?.author ?? null;
      const items = group.map((change) => {
        const field = spec.fields[change.fieldId] ?? { name: change.fieldId, kind: 'text' };
        return changeItem(change.fieldId, field, change, spec.fieldIds);
      });
      return {
        id: String(base + index + 1),
        ...(author === null ? {} : { author: user(author) }),
        created: group[0]?.at,
        items,
      };
    })
    .reverse();
}

export function aJiraIssue(key: string): JiraIssueBuilder {
  return new JiraIssueBuilder({
    key,
    created: '2026-04-01T09:00:00.000+0200',
    issueType: 'Anomalie',
    labels: [],
    fields: {},
    changes: [],
    changelog: 'full',
    fieldIds: true,
    links: [],
  });
}

/** An `IssueLink` of the OpenAPI document, pointing outward to `key`. */
function issueLink(type: string, key: string, index: number): JiraJson {
  const id = String(30_000 + index);
  const number = /\d+$/.exec(key)?.[0] ?? '0';
  return {
    id,
    self: `${API}/issueLink/${id}`,
    type: {
      id: idOf(type),
      name: type,
      inward: `${type} (entrant)`,
      outward: type,
      self: `${API}/issueLinkType/${idOf(type)}`,
    },
    outwardIssue: {
      id: String(10_000 + Number(number)),
      key,
      self: `${API}/issue/${String(10_000 + Number(number))}`,
      fields: { status: status('À faire') },
    },
  };
}

/** One page of `POST /rest/api/3/search/jql` with `expand: "names,changelog"`. */
export function aSearchPage(issues: readonly JiraIssueBuilder[], nextPageToken?: string): JiraJson {
  const names = issues.reduce((all, issue) => ({ ...all, ...issue.names() }), SYSTEM_NAMES);
  const paging = nextPageToken === undefined ? { isLast: true } : { nextPageToken, isLast: false };
  return { issues: issues.map((issue) => issue.build()), names, ...paging };
}
