declare const markupBrand: unique symbol;

/**
 * Text that is already markup (escaped or built from elements). Only `escapeText`, `element`,
 * `voidElement`, `join` and `trusted` make it, so a raw user string cannot reach the output
 * unescaped without the compiler noticing.
 */
export type Markup = string & { readonly [markupBrand]: true };

/** What XML 1.0 forbids: C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates. */
// eslint-disable-next-line no-control-regex -- these control characters are what XML forbids
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu;
const SPECIAL = /[&<>"']/g;
// eslint-disable-next-line no-control-regex -- the same characters, plus the special ones
const NEEDS_WORK = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Replaces the characters XML 1.0 forbids by U+FFFD, the replacement character. */
export function replaceForbiddenCharacters(text: string): string {
  return text.replace(FORBIDDEN, '\uFFFD');
}

/**
 * The one escaping function, for text and attribute values alike: forbidden characters become
 * U+FFFD and `& < > " '` become references, so any user text shows as inert, visible text in
 * XHTML, HTML and SVG.
 */
export function escapeText(text: string): Markup {
  if (!NEEDS_WORK.test(text)) return text as Markup;
  return replaceForbiddenCharacters(text).replace(SPECIAL, (c) => ENTITIES[c] ?? c) as Markup;
}

export type Attributes = Readonly<Record<string, string | number>>;

function openTag(name: string, attributes: Attributes | null): string {
  let tag = `<${name}`;
  if (attributes !== null)
    for (const [key, value] of Object.entries(attributes))
      tag += ` ${key}="${typeof value === 'number' ? String(value) : escapeText(value)}"`;
  return tag;
}

/** `<name attributes>children</name>`; names are the template's constants, never user text. */
export function element(
  name: string,
  attributes: Attributes | null,
  children: Markup | readonly Markup[],
): Markup {
  const inner = typeof children === 'string' ? children : children.join('');
  return `${openTag(name, attributes)}>${inner}</${name}>` as Markup;
}

/** `<name attributes/>`, for elements that never have content. */
export function voidElement(name: string, attributes: Attributes | null): Markup {
  return `${openTag(name, attributes)}/>` as Markup;
}

export function join(parts: readonly Markup[], separator: Markup = '' as Markup): Markup {
  return parts.join(separator) as Markup;
}

/** Marks a constant of the template (no user text in it) as markup. */
export function trusted(constant: string): Markup {
  return constant as Markup;
}

/** The URL when it is an absolute `http:` or `https:` URL, normalised; null otherwise. */
export function safeHttpUrl(text: string | null): string | null {
  if (text === null) return null;
  const trimmed = text.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Bytes of `text` in UTF-8 (lone surrogates count as U+FFFD, as the escaping writes them). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
