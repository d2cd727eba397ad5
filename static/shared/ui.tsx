// Small pieces every page uses: mounting with the design tokens, the loading and failure states,
// and the verdict lozenge. Texts in French; colours come from Atlassian tokens only.
import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { token } from '@atlaskit/tokens';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ResolverFailure } from '../../src/forge/resolvers/ui-api';
import { enableTokens } from './bridge';

/** Renders the page's root component into `#jalon` once the theme's tokens are in place. */
export function mountPage(page: ReactNode): void {
  const element = document.getElementById('jalon');
  if (element === null) throw new Error('#jalon manquant dans index.html');
  document.body.style.margin = '0';
  document.body.style.color = token('color.text', '#172B4D');
  document.body.style.backgroundColor = token('elevation.surface', '#FFFFFF');
  document.body.style.fontFamily = token(
    'font.family.body',
    'ui-sans-serif, -apple-system, "Segoe UI", Roboto, sans-serif',
  );
  const render = (): void => {
    createRoot(element).render(<StrictMode>{page}</StrictMode>);
  };
  enableTokens().then(render, render);
}

export function Loading({ label }: { readonly label: string }) {
  return (
    <div
      role="status"
      style={{ display: 'flex', gap: token('space.100', '8px'), alignItems: 'center' }}
    >
      <Spinner size="medium" label={label} />
      <span>{label}</span>
    </div>
  );
}

/** A resolver's refusal or failure, with its located problems when it has some. */
export function FailureMessage({
  failure,
  title,
}: {
  readonly failure: ResolverFailure;
  readonly title?: string;
}) {
  return (
    <SectionMessage appearance="error" title={title ?? 'Jalon n’a pas pu répondre'}>
      <p>{failure.message}</p>
      {failure.issues !== undefined && failure.issues.length > 0 ? (
        <ul>
          {failure.issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              <code>{issue.path}</code> : {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
    </SectionMessage>
  );
}

const VERDICTS: Readonly<Record<string, ThemeAppearance>> = {
  conforme: 'success',
  'non conforme': 'removed',
  'sans objet': 'default',
  dépassé: 'removed',
  'non calculable': 'default',
};

export function VerdictLozenge({ verdict }: { readonly verdict: string | null }) {
  if (verdict === null) return null;
  return <Lozenge appearance={VERDICTS[verdict] ?? 'default'}>{verdict}</Lozenge>;
}

/** A page's frame: its one `<main>` with the title as the level-1 heading. */
export function PageFrame({
  title,
  children,
}: {
  readonly title: string;
  readonly children: ReactNode;
}) {
  return (
    <main style={{ padding: token('space.200', '16px'), maxWidth: '1200px' }}>
      <h1 style={{ font: token('font.heading.large', '600 24px/28px sans-serif'), marginTop: 0 }}>
        {title}
      </h1>
      {children}
    </main>
  );
}
