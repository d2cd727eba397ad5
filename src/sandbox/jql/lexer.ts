import {
  illegalCharacter,
  illegalEscape,
  reservedCharacter,
  reservedWord,
  unfinishedString,
} from './messages';
import type { Position, Token } from './syntax';

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
/** Characters Jira keeps for later use: a bare one is an error. */
const RESERVED_CHARACTERS = new Set(['{', '}', '*', '/', '%', '+', '^', '$', '#', '@', '?', ';']);
/** Characters that end an unquoted string (besides whitespace and the reserved ones). */
const STOPS = new Set(['"', "'", '=', '!', '<', '>', '(', ')', '~', ',', '[', ']', '|', '&']);
const OPERATORS = ['!=', '!~', '<=', '>=', '=', '<', '>', '~', '!'];
const PUNCTUATION = new Set(['(', ')', ',', '[', ']']);
const LOGICAL: readonly (readonly [string, string])[] = [
  ['&&', 'and'],
  ['||', 'or'],
  ['&', 'and'],
  ['|', 'or'],
];
/** Words that are tokens of Jira's grammar (EMPTY and NULL are one token). */
const KEYWORDS = new Map(
  [
    ...['and', 'or', 'not', 'in', 'is', 'empty', 'order', 'by', 'asc', 'desc', 'cf', 'was'],
    ...['changed', 'before', 'after', 'from', 'to', 'on', 'during'],
  ].map((word) => [word, word]),
).set('null', 'empty');
/** Jira's reserved words (JqlStringSupportImpl.RESERVED_WORDS): an unquoted one is an error. */
const RESERVED_WORDS = new Set(
  (
    'abort access add after alias all alter and any as asc audit avg before begin between ' +
    'boolean break by byte catch cf changed char character check checkpoint collate collation ' +
    'column commit connect continue count create current date decimal declare decrement default ' +
    'defaults define delete delimiter desc difference distinct divide do double drop else empty ' +
    'encoding end equals escape exclusive exec execute exists explain false fetch file field ' +
    'first float for from function go goto grant greater group having identified if immediate ' +
    'in increment index initial inner inout input insert int integer intersect intersection ' +
    'into is isempty isnull join last left less like limit lock long max min minus mode modify ' +
    'modulo more multiply next noaudit not notin nowait null number object of on option or ' +
    'order outer output power previous prior privileges public raise raw remainder rename ' +
    'resource return returns revoke right row rowid rownum rows select session set share size ' +
    'sqrt start strict string subtract sum synonym table then to trans transaction trigger true ' +
    'uid union unique update user validate values view was when whenever where while with'
  ).split(' '),
);
const ESCAPES = new Map([
  ['t', '\t'],
  ['n', '\n'],
  ['r', '\r'],
  ['"', '"'],
  ["'", "'"],
  ['\\', '\\'],
  [' ', ' '],
]);

/** Characters Jira refuses anywhere unescaped (JqlStringSupportImpl.isJqlControlCharacter). */
function isControl(code: number): boolean {
  return (
    (code <= 0x1f && code !== 0x0a && code !== 0x0d) ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0xfdd0 && code <= 0xfdef) ||
    code >= 0xfffe
  );
}

/**
 * Splits a JQL query into tokens, all at once as Jira's lexer does: a lexical error anywhere in
 * the query wins over any grammar error. Throws a `JqlSyntaxError`; always ends with an `eof`.
 */
export function lexJql(text: string): Token[] {
  const positionOf = (offset: number): Position => {
    const before = text.slice(0, offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    return { offset, line: before.split('\n').length, column: offset - lineStart + 1 };
  };

  /** Reads the escape at `start` (a backslash): the decoded character and the next offset. */
  const readEscape = (start: number): readonly [string, number] => {
    const next = text[start + 1];
    if (next === undefined) throw illegalEscape(null, positionOf(start));
    const simple = ESCAPES.get(next);
    if (simple !== undefined) return [simple, start + 2];
    if (next !== 'u') throw illegalEscape(`\\${next}`, positionOf(start));
    const hex = /^[0-9a-fA-F]{0,4}/.exec(text.slice(start + 2))?.[0] ?? '';
    if (hex.length < 4) {
      const wrong = text[start + 2 + hex.length] ?? '';
      throw illegalEscape(`\\u${hex}${wrong}`, positionOf(start));
    }
    return [String.fromCharCode(parseInt(hex, 16)), start + 6];
  };

  const readQuoted = (start: number, quote: string): number => {
    let value = '';
    let i = start + 1;
    for (;;) {
      const ch = text[i];
      if (ch === undefined) throw unfinishedString(text.slice(start + 1), positionOf(start));
      if (ch === quote) break;
      if (ch === '\\') {
        const [decoded, next] = readEscape(i);
        value += decoded;
        i = next;
        continue;
      }
      if (isControl(ch.charCodeAt(0))) {
        throw illegalCharacter(ch.charCodeAt(0), positionOf(i));
      }
      value += ch;
      i++;
    }
    tokens.push({ kind: 'quoted', text: value, value, at: positionOf(start) });
    return i + 1;
  };

  const readWord = (start: number): number => {
    let value = '';
    let escaped = false;
    let i = start;
    for (let ch = text[i]; ch !== undefined; ch = text[i]) {
      if (WHITESPACE.has(ch) || STOPS.has(ch) || RESERVED_CHARACTERS.has(ch)) break;
      if (isControl(ch.charCodeAt(0))) break;
      if (ch === '\\') {
        const [decoded, next] = readEscape(i);
        value += decoded;
        escaped = true;
        i = next;
        continue;
      }
      value += ch;
      i++;
    }
    const raw = text.slice(start, i);
    const at = positionOf(start);
    const keyword = escaped ? undefined : KEYWORDS.get(raw.toLowerCase());
    if (keyword !== undefined) {
      tokens.push({ kind: 'keyword', text: raw, value: keyword, at });
    } else if (RESERVED_WORDS.has(value.toLowerCase())) {
      throw reservedWord(value, at);
    } else {
      const kind = !escaped && /^-?\d+$/.test(raw) ? 'number' : 'string';
      tokens.push({ kind, text: value, value, at });
    }
    return i;
  };

  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const ch = rest.charAt(0);
    const operator = OPERATORS.find((op) => rest.startsWith(op));
    const logical = LOGICAL.find(([symbol]) => rest.startsWith(symbol));
    if (WHITESPACE.has(ch)) {
      i++;
    } else if (operator !== undefined) {
      tokens.push({ kind: 'operator', text: operator, value: operator, at: positionOf(i) });
      i += operator.length;
    } else if (logical !== undefined) {
      const [symbol, word] = logical;
      tokens.push({ kind: 'keyword', text: symbol, value: word, at: positionOf(i) });
      i += symbol.length;
    } else if (PUNCTUATION.has(ch)) {
      tokens.push({ kind: 'punct', text: ch, value: ch, at: positionOf(i) });
      i++;
    } else if (ch === '"' || ch === "'") {
      i = readQuoted(i, ch);
    } else if (RESERVED_CHARACTERS.has(ch)) {
      throw reservedCharacter(ch, positionOf(i));
    } else if (isControl(ch.charCodeAt(0))) {
      throw illegalCharacter(ch.charCodeAt(0), positionOf(i));
    } else {
      i = readWord(i);
    }
  }
  tokens.push({ kind: 'eof', text: '', value: '', at: positionOf(text.length) });
  return tokens;
}
