// The contract being edited: a copy of a revision's JSON that the forms change, the problems a
// resolver located in it (shown at their fields), and the ids of those fields.
import { createContext, useContext } from 'react';
import type { ContractInput } from '../../../src/core/contract';
import type { Issue } from '../../shared/resolver-client';

export type Draft = ContractInput;
export type VersionDraft = Draft['versions'][number];
export type CalendarDraft = VersionDraft['calendars'][string];

/** A changed copy: `change` edits a deep copy of `draft`, never the original. */
export function edited(draft: Draft, change: (copy: Draft) => void): Draft {
  const copy = structuredClone(draft);
  change(copy);
  return copy;
}

/** The DOM id of the field at a path (`versions[0].calendars.tma.windows[1].to`). */
export const fieldId = (path: string): string => `champ-${path.replace(/[^A-Za-z0-9-]/g, '_')}`;

export interface Editing {
  readonly draft: Draft;
  readonly version: number;
  readonly change: (change: (copy: Draft) => void) => void;
  readonly errors: ReadonlyMap<string, string>;
}

export const EditingContext = createContext<Editing | null>(null);

export function useEditing(): Editing {
  const editing = useContext(EditingContext);
  if (editing === null) throw new Error('useEditing outside EditingContext');
  return editing;
}

/** The version being edited, and its path prefix. */
export function useVersion(): { readonly version: VersionDraft; readonly at: string } {
  const { draft, version } = useEditing();
  const found = draft.versions[version];
  if (found === undefined) throw new Error(`no version ${String(version)}`);
  return { version: found, at: `versions[${String(version)}]` };
}

/** The problems under a path prefix, for a section's own summary. */
export function issuesUnder(issues: readonly Issue[], prefix: string): Issue[] {
  return issues.filter(
    (i) => i.path === prefix || i.path.startsWith(`${prefix}.`) || i.path.startsWith(`${prefix}[`),
  );
}
