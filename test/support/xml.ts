import { DOMParser, onErrorStopParsing, type Document } from '@xmldom/xmldom';

/** The namespaces Confluence uses for its storage-format prefixes. */
const STORAGE_ROOT_OPEN =
  '<jalon-root xmlns:ac="http://atlassian.com/content" xmlns:ri="http://atlassian.com/resource/identifier">';

// eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/u;
const BARE_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/**
 * Parses XML and throws on any error. xmldom tolerates a few things XML 1.0 does not (a bare
 * `&`, forbidden characters, `]]>` in text), so those are checked on the text first.
 */
export function parseXml(xml: string): Document {
  const forbidden = FORBIDDEN.exec(xml);
  if (forbidden !== null)
    throw new Error(`forbidden character U+${(forbidden[0].codePointAt(0) ?? 0).toString(16)}`);
  const ampersand = BARE_AMPERSAND.exec(xml);
  if (ampersand !== null)
    throw new Error(
      `bare & at ${String(ampersand.index)}: ${xml.slice(ampersand.index, ampersand.index + 20)}`,
    );
  if (xml.includes(']]>')) throw new Error(']]> outside a CDATA section');
  return new DOMParser({
    onError: onErrorStopParsing,
    // XML 1.0 line ends (xmldom's default also turns U+2028 and U+0085 into LF, as XML 1.1 does).
    normalizeLineEndings: (text) => text.replace(/\r\n?/g, '\n'),
  }).parseFromString(xml, 'text/xml');
}

/** A storage-format body inside a root element that declares `ac:` and `ri:`. */
export function parseStorage(body: string): Document {
  return parseXml(`${STORAGE_ROOT_OPEN}${body}</jalon-root>`);
}

/** The HTML preview as XML: it is written so that it is also well-formed XML. */
export function parseHtmlAsXml(html: string): Document {
  const doctype = '<!DOCTYPE html>\n';
  if (!html.startsWith(doctype)) throw new Error('no HTML5 doctype');
  return parseXml(html.slice(doctype.length));
}

/** Every element name, and `name[ac:name]` for macros, sorted: the document's structure. */
export function elementCensus(doc: Document): string[] {
  const names: string[] = [];
  const all = doc.getElementsByTagName('*');
  for (let i = 0; i < all.length; i += 1) {
    const element = all.item(i);
    if (element === null) continue;
    const macro = element.getAttribute('ac:name');
    names.push(macro === null || macro === '' ? element.tagName : `${element.tagName}[${macro}]`);
  }
  return names.sort();
}

/** The text of every element named `tag` with `ac:name` equal to `name` (macro parameters). */
export function parameterTexts(doc: Document, name: string): string[] {
  const all = doc.getElementsByTagName('ac:parameter');
  const texts: string[] = [];
  for (let i = 0; i < all.length; i += 1) {
    const element = all.item(i);
    if (element?.getAttribute('ac:name') === name) texts.push(element.textContent ?? '');
  }
  return texts;
}

export function countOf(census: readonly string[], name: string): number {
  return census.filter((n) => n === name).length;
}

/** All the text of the document, as a reader sees it. */
export function textOf(doc: Document): string {
  return doc.documentElement?.textContent ?? '';
}
