import { fail, succeed, type Result } from '../../core/result';
import { lexJql } from './lexer';
import {
  argumentExpected,
  argumentMissing,
  emptyName,
  expecting,
  fieldExpected,
  invalidNumber,
  JqlSyntaxError,
  logicalOperatorExpected,
  operandExpected,
  operatorExpected,
  sortOrderExpected,
} from './messages';
import type { Clause, Operand, Operator, SortItem, SyntaxTree, Token } from './syntax';

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const COMPARISONS = new Map<string, Operator>(
  (['=', '!=', '<', '>', '<=', '>=', '~', '!~'] as const).map((op) => [op, op]),
);

function isKeyword(token: Token, ...words: string[]): boolean {
  return token.kind === 'keyword' && words.includes(token.value);
}

function isPunct(token: Token, value: string): boolean {
  return token.kind === 'punct' && token.value === value;
}

function isText(token: Token): boolean {
  return token.kind === 'string' || token.kind === 'quoted' || token.kind === 'number';
}

/** Recursive descent over Jira's grammar, with Jira's error for each place it can fail. */
class Parser {
  private index = 0;
  private listDepth = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  query(): SyntaxTree {
    const where = isKeyword(this.peek(), 'order') || this.atEnd() ? null : this.or();
    const orderBy = isKeyword(this.peek(), 'order') ? this.orderBy() : [];
    if (!this.atEnd()) throw logicalOperatorExpected(this.peek());
    return { where, orderBy };
  }

  private peek(): Token {
    const token = this.tokens[this.index] ?? this.tokens[this.tokens.length - 1];
    if (token === undefined) throw new Error('lexJql always ends the token list with eof');
    return token;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'eof') this.index++;
    return token;
  }

  private atEnd(): boolean {
    return this.peek().kind === 'eof';
  }

  private or(): Clause {
    const clauses = [this.and()];
    while (isKeyword(this.peek(), 'or')) {
      this.next();
      clauses.push(this.and());
    }
    return clauses.length === 1 && clauses[0] !== undefined ? clauses[0] : { kind: 'or', clauses };
  }

  private and(): Clause {
    const clauses = [this.not()];
    while (isKeyword(this.peek(), 'and')) {
      this.next();
      clauses.push(this.not());
    }
    return clauses.length === 1 && clauses[0] !== undefined ? clauses[0] : { kind: 'and', clauses };
  }

  private not(): Clause {
    const token = this.peek();
    if (isKeyword(token, 'not') || (token.kind === 'operator' && token.value === '!')) {
      this.next();
      return { kind: 'not', clause: this.not() };
    }
    if (isPunct(token, '(')) {
      this.next();
      const clause = this.or();
      if (!isPunct(this.peek(), ')')) throw expecting("')'", this.peek());
      this.next();
      return clause;
    }
    const field = this.field();
    const operator = this.operator();
    return { kind: 'terminal', field, operator, operand: this.operand() };
  }

  private field(): string {
    const token = this.peek();
    if (isKeyword(token, 'cf')) return this.customField();
    if (!isText(token)) throw fieldExpected(token);
    this.next();
    if (token.value.trim() === '') throw emptyName('field', token.at);
    return token.value;
  }

  private customField(): string {
    this.next();
    if (!isPunct(this.peek(), '[')) throw expecting("'['", this.peek());
    this.next();
    const id = this.peek();
    if (id.kind !== 'number' || id.value.startsWith('-')) {
      throw expecting('a custom field id (a positive number)', id);
    }
    this.checkLong(id);
    this.next();
    if (!isPunct(this.peek(), ']')) throw expecting("']'", this.peek());
    this.next();
    return `cf[${BigInt(id.value).toString()}]`;
  }

  private operator(): Operator {
    const token = this.next();
    const comparison = token.kind === 'operator' ? COMPARISONS.get(token.value) : undefined;
    if (comparison !== undefined) return comparison;
    if (isKeyword(token, 'in')) return 'in';
    if (isKeyword(token, 'not')) {
      if (!isKeyword(this.peek(), 'in')) throw expecting("'IN'", this.peek());
      this.next();
      return 'not in';
    }
    if (isKeyword(token, 'is')) {
      const following = this.peek();
      if (isKeyword(following, 'not')) {
        this.next();
        return 'is not';
      }
      const startsOperand = isText(following) || isKeyword(following, 'empty');
      if (!startsOperand && !isPunct(following, '(') && following.kind !== 'eof') {
        throw expecting("'NOT'", following);
      }
      return 'is';
    }
    throw operatorExpected(token);
  }

  private operand(): Operand {
    const token = this.peek();
    if (isKeyword(token, 'empty')) {
      this.next();
      return { kind: 'empty' };
    }
    if (isPunct(token, '(')) return this.list();
    if (!isText(token)) throw operandExpected(token);
    this.next();
    if (isPunct(this.peek(), '(')) return this.call(token);
    if (token.kind === 'number') this.checkLong(token);
    // Jira reads a value only when what follows can follow a value.
    const following = this.peek();
    const fits =
      following.kind === 'eof' ||
      isKeyword(following, 'and', 'or', 'order') ||
      isPunct(following, ')') ||
      isPunct(following, ',');
    if (!fits && this.listDepth > 0) throw expecting("',' or ')'", following);
    if (!fits) throw logicalOperatorExpected(following);
    return { kind: 'value', value: token.value, number: token.kind === 'number' };
  }

  private list(): Operand {
    this.next();
    this.listDepth++;
    const items = [this.operand()];
    while (isPunct(this.peek(), ',')) {
      this.next();
      items.push(this.operand());
    }
    if (!isPunct(this.peek(), ')')) throw expecting("')'", this.peek());
    this.next();
    this.listDepth--;
    return { kind: 'list', items };
  }

  private call(name: Token): Operand {
    if (name.value.trim() === '') throw emptyName('function', name.at);
    this.next();
    const args: string[] = [];
    const first = this.peek();
    if (isPunct(first, ')') || first.kind === 'eof' || isPunct(first, ',')) {
      if (!isPunct(first, ')')) throw expecting("')'", first);
      this.next();
      return { kind: 'function', name: name.value, args };
    }
    for (;;) {
      const arg = this.next();
      if (!isText(arg)) throw argumentExpected(arg);
      args.push(arg.value);
      const after = this.next();
      if (isPunct(after, ')')) return { kind: 'function', name: name.value, args };
      if (after.kind === 'eof') throw expecting("')'", after);
      if (!isPunct(after, ',')) throw expecting("')' or ','", after);
      const following = this.peek();
      if (isPunct(following, ',') || isPunct(following, ')')) throw argumentMissing(following);
    }
  }

  private orderBy(): SortItem[] {
    this.next();
    if (!isKeyword(this.peek(), 'by')) throw expecting("'by'", this.peek());
    this.next();
    const items: SortItem[] = [];
    for (;;) {
      const field = this.field();
      const token = this.peek();
      const direction = isKeyword(token, 'asc', 'desc') ? token.value : null;
      if (direction !== null) this.next();
      items.push({ field, direction: direction === 'desc' ? 'desc' : 'asc' });
      const following = this.peek();
      if (following.kind === 'eof') return items;
      if (!isPunct(following, ',')) {
        throw direction === null ? sortOrderExpected(following) : expecting("','", following);
      }
      this.next();
    }
  }

  private checkLong(token: Token): void {
    const value = BigInt(token.value);
    if (value < LONG_MIN || value > LONG_MAX) throw invalidNumber(token);
  }
}

/** Reads a JQL query into its syntax tree, or Jira's `JQL.SYNTAX` message with its position. */
export function parseSyntax(text: string): Result<SyntaxTree> {
  try {
    return succeed(new Parser(lexJql(text)).query());
  } catch (error) {
    if (error instanceof JqlSyntaxError) return fail('JQL.SYNTAX', error.message);
    throw error;
  }
}
