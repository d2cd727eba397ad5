import { escapeText, safeHttpUrl } from '../render/markup';

/**
 * A minimal reading of Confluence storage format for the sandbox viewer: tables, headings,
 * lists, links and text formatting are kept; `status` macros become coloured spans, `expand`
 * macros `<details>`; any other markup is dropped and its text shown escaped, so nothing in a
 * page body becomes live HTML unless listed here.
 */

interface TextNode {
  readonly kind: 'text';
  readonly text: string;
}

interface ElementNode {
  readonly kind: 'element';
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: StorageNode[];
}

type StorageNode = TextNode | ElementNode;

const KEPT = new Set(
  [
    'p h1 h2 h3 h4 h5 h6 table thead tbody tfoot tr th td caption colgroup col ul ol li',
    'a strong em b i u s sub sup code pre blockquote br hr span div',
  ]
    .join(' ')
    .split(' '),
);
const VOID = new Set(['br', 'hr', 'col']);
const COLOURS = new Set(['grey', 'red', 'yellow', 'green', 'blue', 'purple']);
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\/([\w:-]+)\s*>|<([\w:-]+)((?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|</g;
const ATTRIBUTE = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** A tolerant tree of a body: unclosed elements end with their parent, stray closes are dropped. */
export function parseStorage(body: string): StorageNode[] {
  const root: ElementNode = { kind: 'element', name: '#root', attributes: {}, children: [] };
  const stack: ElementNode[] = [root];
  const top = (): ElementNode => stack.at(-1) ?? root;
  for (const match of body.matchAll(TOKEN)) {
    const [whole, cdata, closing, opening, rawAttributes, selfClosing, text] = match;
    if (cdata !== undefined) top().children.push({ kind: 'text', text: cdata });
    else if (text !== undefined || whole === '<')
      top().children.push({ kind: 'text', text: decodeEntities(text ?? whole) });
    else if (closing !== undefined) {
      const at = stack.map((e) => e.name).lastIndexOf(closing.toLowerCase());
      if (at > 0) stack.length = at;
    } else if (opening !== undefined) {
      const attributes: Record<string, string> = {};
      for (const a of (rawAttributes ?? '').matchAll(ATTRIBUTE))
        attributes[(a[1] ?? '').toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? '');
      const element: ElementNode = {
        kind: 'element',
        name: opening.toLowerCase(),
        attributes,
        children: [],
      };
      top().children.push(element);
      if (selfClosing !== '/' && !VOID.has(element.name)) stack.push(element);
    }
  }
  return root.children;
}

const elements = (nodes: readonly StorageNode[], name: string): ElementNode[] =>
  nodes.filter((n): n is ElementNode => n.kind === 'element' && n.name === name);

function textOf(nodes: readonly StorageNode[]): string {
  return nodes.map((n) => (n.kind === 'text' ? n.text : textOf(n.children))).join('');
}

function parameter(macro: ElementNode, name: string): string | null {
  const found = elements(macro.children, 'ac:parameter').find(
    (p) => p.attributes['ac:name'] === name,
  );
  return found === undefined ? null : textOf(found.children).trim();
}

/** How the viewer links pages to one another: the address of a page by its title, if known. */
export type PageAddress = (title: string) => string | null;

function safeHref(href: string | undefined): string | null {
  if (href === undefined) return null;
  if (/^(\/(?!\/)|#)/.test(href)) return href;
  return safeHttpUrl(href) ?? (/^mailto:[^\s<>"]+$/i.test(href) ? href : null);
}

function keptAttributes(node: ElementNode): string {
  const kept: string[] = [];
  if (node.name === 'a') {
    const href = safeHref(node.attributes.href);
    if (href !== null) kept.push(`href="${escapeText(href)}"`);
  }
  for (const name of ['colspan', 'rowspan'])
    if ((node.name === 'td' || node.name === 'th') && /^\d{1,3}$/.test(node.attributes[name] ?? ''))
      kept.push(`${name}="${node.attributes[name] ?? ''}"`);
  return kept.length === 0 ? '' : ` ${kept.join(' ')}`;
}

function renderMacro(macro: ElementNode, address: PageAddress): string {
  const name = macro.attributes['ac:name'] ?? '';
  const body = elements(macro.children, 'ac:rich-text-body')[0];
  const inner = body === undefined ? '' : renderNodes(body.children, address);
  if (name === 'status') {
    const colour = (parameter(macro, 'colour') ?? 'grey').toLowerCase();
    const shown = COLOURS.has(colour) ? colour : 'grey';
    const title = escapeText(parameter(macro, 'title') ?? '');
    return `<span class="statut statut-${shown}">${title}</span>`;
  }
  if (name === 'expand') {
    const title = escapeText(parameter(macro, 'title') ?? 'Détails');
    return `<details><summary>${title}</summary>${inner}</details>`;
  }
  const plain = elements(macro.children, 'ac:plain-text-body')[0];
  const code = plain === undefined ? '' : `<pre>${escapeText(textOf(plain.children))}</pre>`;
  const label = `<span class="macro-nom">Macro « ${escapeText(name)} »</span>`;
  return `<div class="macro">${label}${code}${inner}</div>`;
}

function renderLink(link: ElementNode, address: PageAddress): string {
  const page = elements(link.children, 'ri:page')[0];
  const title = page?.attributes['ri:content-title'] ?? textOf(link.children);
  const href = page === undefined ? null : address(title);
  const text = escapeText(title);
  return href === null
    ? `<span class="lien-page">${text}</span>`
    : `<a href="${escapeText(href)}">${text}</a>`;
}

function renderNode(node: StorageNode, address: PageAddress): string {
  if (node.kind === 'text') return escapeText(node.text);
  if (node.name === 'ac:structured-macro') return renderMacro(node, address);
  if (node.name === 'ac:link') return renderLink(node, address);
  if (node.name === 'ac:parameter') return '';
  const inner = renderNodes(node.children, address);
  if (!KEPT.has(node.name)) return inner;
  if (VOID.has(node.name)) return `<${node.name}>`;
  return `<${node.name}${keptAttributes(node)}>${inner}</${node.name}>`;
}

function renderNodes(nodes: readonly StorageNode[], address: PageAddress): string {
  return nodes.map((node) => renderNode(node, address)).join('');
}

/** The HTML of a storage body (see the module comment for what is kept). */
export function storageToHtml(body: string, address: PageAddress = () => null): string {
  return renderNodes(parseStorage(body), address);
}
