// The top of the editor when a resolver refused the configuration: how many problems are shown at
// their fields, and the list of those no visible field shows (a part folded away, a path no form
// edits), each with its path.
import SectionMessage from '@atlaskit/section-message';
import { useEffect, useState } from 'react';
import type { Issue, ResolverFailure } from '../../shared/resolver-client';

/** Whether a visible field shows the problem at `path` (itself, or a list field above it). */
function shownAt(path: string): boolean {
  const visible = (selector: string): boolean =>
    [...document.querySelectorAll(selector)].some((e) => e.closest('details:not([open])') === null);
  if (visible(`[data-field-path="${CSS.escape(path)}"]`)) return true;
  for (let at = path; ;) {
    const cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
    if (cut <= 0) return false;
    at = at.slice(0, cut);
    if (visible(`[data-field-path="${CSS.escape(at)}"][data-field-nested="true"]`)) return true;
  }
}

export function ProblemsSummary({ failure }: { readonly failure: ResolverFailure }) {
  const issues = failure.issues ?? [];
  const [unplaced, setUnplaced] = useState<readonly Issue[]>(issues);
  useEffect(() => {
    // After the fields have rendered (the parts with a problem open by themselves).
    setUnplaced((failure.issues ?? []).filter((issue) => !shownAt(issue.path)));
  }, [failure]);
  const placed = issues.length - unplaced.length;
  return (
    <SectionMessage appearance="error" title="La configuration a des erreurs">
      <p>{failure.message}</p>
      {placed > 0 ? (
        <p>
          {placed === 1
            ? '1 erreur est signalée à son champ ci-dessous.'
            : `${String(placed)} erreurs sont signalées à leur champ ci-dessous.`}
        </p>
      ) : null}
      {unplaced.length > 0 ? (
        <ul data-testid="problemes-hors-champ">
          {unplaced.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              <code>{issue.path}</code> : {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
    </SectionMessage>
  );
}
