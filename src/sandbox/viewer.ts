import { displayValue } from '../jira/display-value';
import { escapeText } from '../render/markup';
import { member, siteFields } from './jira-site';
import type { SandboxPage, SandboxState } from './state';
import { storageToHtml } from './storage-html';

/** The sandbox's own pages, in French: what the emulated Jira and Confluence now hold. */

const STYLE = `
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #172b4d; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid #c1c7d0; padding: .3rem .6rem; text-align: left; vertical-align: top; }
th { background: #f4f5f7; }
.statut { border-radius: 3px; padding: 0 .4rem; font-size: .8rem; font-weight: 700; text-transform: uppercase; }
.statut-grey { background: #dfe1e6; } .statut-red { background: #ffebe6; color: #bf2600; }
.statut-yellow { background: #fff0b3; color: #172b4d; } .statut-green { background: #e3fcef; color: #006644; }
.statut-blue { background: #deebff; color: #0747a6; } .statut-purple { background: #eae6ff; color: #403294; }
.macro { border-left: 3px solid #dfe1e6; padding-left: .6rem; margin: .6rem 0; }
.macro-nom, .meta { color: #6b778c; font-size: .85rem; }
pre { background: #f4f5f7; padding: .5rem; overflow-x: auto; }
`;

function layout(title: string, body: string): string {
  return [
    '<!doctype html>',
    '<html lang="fr"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(title)}</title><style>${STYLE}</style></head>`,
    `<body>${body}</body></html>`,
  ].join('\n');
}

const json = (value: unknown): string => JSON.stringify(value, null, 2);

const cell = (value: unknown): string => `<td>${escapeText(displayValue(value) ?? '—')}</td>`;

function issuesSection(state: SandboxState): string {
  const jalon = siteFields(state).filter((field) => field.custom && /^jalon/i.test(field.name));
  const head = ['Clé', 'Type', 'État', 'Résumé', ...jalon.map((field) => field.name)]
    .map((name) => `<th>${escapeText(name)}</th>`)
    .join('');
  const rows = state.issues.map((issue) => {
    const own = jalon.map((field) => cell(issue.fields[field.id])).join('');
    const type = member(issue.fields.issuetype, 'name');
    const status = member(issue.fields.status, 'name');
    const summary = cell(issue.fields.summary);
    return `<tr><td>${escapeText(issue.key)}</td>${cell(type)}${cell(status)}${summary}${own}</tr>`;
  });
  const count = `<h2>Tickets Jira (${String(state.issues.length)})</h2>`;
  if (rows.length === 0) return `${count}<p>Aucun ticket.</p>`;
  return `${count}<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

const spaceKey = (state: SandboxState, page: SandboxPage): string =>
  state.spaces.find((space) => space.id === page.spaceId)?.key ?? page.spaceId;

function pagesSection(state: SandboxState): string {
  const count = `<h2>Pages Confluence publiées (${String(state.pages.length)})</h2>`;
  if (state.pages.length === 0) return `${count}<p>Aucune page publiée.</p>`;
  const items = state.pages.map(
    (page) =>
      `<li><a href="/pages/${encodeURIComponent(page.id)}">${escapeText(page.title)}</a> ` +
      `<span class="meta">espace ${escapeText(spaceKey(state, page))}, version ${String(page.version)}</span></li>`,
  );
  return `${count}<ul>${items.join('')}</ul>`;
}

/** `/`: the issues with Jalon's fields (custom fields named « Jalon… ») and the published pages. */
export function renderIndex(state: SandboxState): string {
  const intro =
    '<p>Émulateur local de Jira Cloud et de Confluence Cloud : les API sont servies sous ' +
    '<code>/rest/api/3</code> et <code>/wiki/api/v2</code>.</p>';
  return layout(
    'Bac à sable Jalon',
    `<h1>Bac à sable Jalon</h1>${intro}${issuesSection(state)}${pagesSection(state)}`,
  );
}

/** `/pages/{id}`: one page rendered from its storage body; null when there is no such page. */
export function renderPage(state: SandboxState, id: string): string | null {
  const page = state.pages.find((p) => p.id === id);
  if (page === undefined) return null;
  const address = (title: string): string | null => {
    const target = state.pages.find((p) => p.spaceId === page.spaceId && p.title === title);
    return target === undefined ? null : `/pages/${encodeURIComponent(target.id)}`;
  };
  const when = page.updatedAt ?? page.createdAt;
  const meta =
    `<p class="meta"><a href="/">← Bac à sable</a> · espace ${escapeText(spaceKey(state, page))}` +
    ` · version ${String(page.version)} du ${escapeText(when)}</p>`;
  const properties =
    Object.keys(page.properties).length === 0
      ? ''
      : `<details><summary>Propriétés de contenu</summary><pre>${escapeText(json(page.properties))}</pre></details>`;
  const body = `<article>${storageToHtml(page.body, address)}</article>`;
  return layout(page.title, `${meta}<h1>${escapeText(page.title)}</h1>${body}${properties}`);
}

export function renderNotFound(): string {
  return layout(
    'Introuvable',
    '<h1>Introuvable</h1><p>Cette page n’existe pas. <a href="/">Retour au bac à sable</a>.</p>',
  );
}
