// A labelled form field with its help and its error in French, wired for assistive technology
// (label `for`, `aria-describedby`, `aria-invalid`) and the errors a resolver located by path.
import { token } from '@atlaskit/tokens';
import type { ReactNode } from 'react';
import type { Issue } from '../../src/forge/resolvers/ui-api';

export interface FieldProps {
  readonly id: string;
  readonly label: string;
  readonly help?: string;
  readonly error?: string | undefined;
  /** The control, given the ids and flags it must carry. */
  readonly children: (wiring: {
    readonly id: string;
    readonly 'aria-describedby': string | undefined;
    readonly 'aria-invalid': boolean;
  }) => ReactNode;
}

export function Field({ id, label, help, error, children }: FieldProps) {
  const helpId = help === undefined ? undefined : `${id}-aide`;
  const errorId = error === undefined ? undefined : `${id}-erreur`;
  const describedBy = [helpId, errorId].filter((x) => x !== undefined).join(' ');
  return (
    <div style={{ marginBottom: token('space.150', '12px') }} data-field-path={id}>
      <label
        htmlFor={id}
        style={{ display: 'block', fontWeight: 600, marginBottom: token('space.050', '4px') }}
      >
        {label}
      </label>
      {children({
        id,
        'aria-describedby': describedBy === '' ? undefined : describedBy,
        'aria-invalid': error !== undefined,
      })}
      {help === undefined ? null : (
        <div
          id={helpId}
          style={{ color: token('color.text.subtle', '#44546F'), fontSize: '0.875em' }}
        >
          {help}
        </div>
      )}
      {error === undefined ? null : (
        <div
          id={errorId}
          role="alert"
          style={{ color: token('color.text.danger', '#AE2A19'), fontSize: '0.875em' }}
        >
          {error}
        </div>
      )}
    </div>
  );
}

/** The located problems of a failure by path (`versions[0].calendars.tma.windows[1].to`). */
export function errorsByPath(issues: readonly Issue[] | undefined): ReadonlyMap<string, string> {
  const found = new Map<string, string>();
  for (const issue of issues ?? []) {
    const known = found.get(issue.path);
    found.set(issue.path, known === undefined ? issue.message : `${known} ${issue.message}`);
  }
  return found;
}
