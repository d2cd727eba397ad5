/** Where a token starts: `line` and `column` are 1-based, as in Jira's "(line 1, character 23)". */
export interface Position {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

/**
 * A lexical token. `text` is what Jira quotes in its messages (the decoded value for strings, the
 * characters as typed otherwise); `value` is the decoded string, lower case for keywords.
 */
export interface Token {
  readonly kind: 'string' | 'quoted' | 'number' | 'keyword' | 'operator' | 'punct' | 'eof';
  readonly text: string;
  readonly value: string;
  readonly at: Position;
}

export type Operator =
  '=' | '!=' | '<' | '>' | '<=' | '>=' | '~' | '!~' | 'in' | 'not in' | 'is' | 'is not';

export type Operand =
  | { readonly kind: 'empty' }
  | { readonly kind: 'value'; readonly value: string; readonly number: boolean }
  | { readonly kind: 'function'; readonly name: string; readonly args: readonly string[] }
  | { readonly kind: 'list'; readonly items: readonly Operand[] };

export type Clause =
  | { readonly kind: 'and' | 'or'; readonly clauses: readonly Clause[] }
  | { readonly kind: 'not'; readonly clause: Clause }
  | {
      readonly kind: 'terminal';
      /** The field as written, decoded; `cf[10042]` for the custom field syntax. */
      readonly field: string;
      readonly operator: Operator;
      readonly operand: Operand;
    };

export interface SortItem {
  readonly field: string;
  readonly direction: 'asc' | 'desc';
}

/** The query as written, before field and value checks. */
export interface SyntaxTree {
  readonly where: Clause | null;
  readonly orderBy: readonly SortItem[];
}

/** How Jira displays an operand in its validation messages: `"a"`, `12`, `now()`, `("a", "b")`. */
export function displayOperand(operand: Operand): string {
  switch (operand.kind) {
    case 'empty':
      return 'EMPTY';
    case 'value':
      return operand.number ? operand.value : `"${operand.value}"`;
    case 'function':
      return `${operand.name}(${operand.args.join(', ')})`;
    case 'list':
      return `(${operand.items.map(displayOperand).join(', ')})`;
  }
}
