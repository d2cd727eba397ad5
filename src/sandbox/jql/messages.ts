import type { Position, Token } from './syntax';

/**
 * Jira's own English sentences for a JQL query it cannot read or validate, word for word (Jira's
 * JQL grammar and its parser tests). Jira says "Error in JQL Query" (without "the") for a missing
 * operand only, as a live Jira Cloud site does.
 */
const PREFIX = 'Error in the JQL Query: ';
const OPERAND_PREFIX = 'Error in JQL Query: ';
const OPERATORS =
  "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";
const ESCAPES = "The valid escape sequences are \\', \\\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX.";
const DATE_FORMATS =
  "Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.";

/** A query that cannot be read; thrown inside the lexer and parser, caught by `parseSyntax`. */
export class JqlSyntaxError extends Error {
  override readonly name = 'JqlSyntaxError';
}

function located(sentence: string, at: Position | null, prefix = PREFIX): JqlSyntaxError {
  const where = at === null ? '' : ` (line ${at.line}, character ${at.column})`;
  return new JqlSyntaxError(`${prefix}${sentence}${where}`);
}

function got(token: Token): string {
  return `but got '${token.text}'.`;
}

/** "Expecting ')' but got 'AND'." or "Expecting ')' before the end of the query." */
export function expecting(expected: string, token: Token): JqlSyntaxError {
  return token.kind === 'eof'
    ? located(`Expecting ${expected} before the end of the query.`, null)
    : located(`Expecting ${expected} ${got(token)}`, token.at);
}

export function fieldExpected(token: Token): JqlSyntaxError {
  if (token.kind === 'eof') return located('Expecting a field name at the end of the query.', null);
  if (token.kind === 'punct' && token.value === '[') {
    return located(`Expecting a field name ${got(token)} Did you mean 'cf['?`, token.at);
  }
  const advice = `You must surround '${token.text}' in quotation marks to use it as a field name.`;
  return located(`Expecting a field name ${got(token)} ${advice}`, token.at);
}

export function operatorExpected(token: Token): JqlSyntaxError {
  return token.kind === 'eof'
    ? located(`Expecting operator before the end of the query. ${OPERATORS}`, null)
    : located(`Expecting operator ${got(token)} ${OPERATORS}`, token.at);
}

export function operandExpected(token: Token): JqlSyntaxError {
  const expected = 'Expecting either a value, list or function';
  if (token.kind === 'eof') {
    return located(`${expected} before the end of the query.`, null, OPERAND_PREFIX);
  }
  const advice = `You must surround '${token.text}' in quotation marks to use it as a value.`;
  return located(`${expected} ${got(token)} ${advice}`, token.at, OPERAND_PREFIX);
}

export function argumentExpected(token: Token): JqlSyntaxError {
  if (token.kind === 'eof') {
    return located('Expecting a function argument at the end of the query.', null);
  }
  const advice = `You must surround '${token.text}' in quotation marks to use it as an argument.`;
  return located(`Expecting a function argument ${got(token)} ${advice}`, token.at);
}

export function logicalOperatorExpected(token: Token): JqlSyntaxError {
  return located(`Expecting either 'OR' or 'AND' ${got(token)}`, token.at);
}

export function sortOrderExpected(token: Token): JqlSyntaxError {
  return located(`Expecting either 'ASC' or 'DESC' ${got(token)}`, token.at);
}

export function argumentMissing(token: Token): JqlSyntaxError {
  return located('Function argument must be specified.', token.at);
}

export function emptyName(what: 'field' | 'function', at: Position): JqlSyntaxError {
  return located(`A ${what} name cannot be empty.`, at);
}

export function invalidNumber(token: Token): JqlSyntaxError {
  const range = 'Numbers must be between -9,223,372,036,854,775,808 and 9,223,372,036,854,775,807.';
  return located(`'${token.text}' is not a valid number. ${range}`, token.at);
}

export function unfinishedString(rest: string, at: Position): JqlSyntaxError {
  const shown = rest.replace(/[\r\n]/g, ' ');
  return shown === ''
    ? located('The quoted string has not been completed.', at)
    : located(`The quoted string '${shown}' has not been completed.`, at);
}

export function illegalEscape(sequence: string | null, at: Position): JqlSyntaxError {
  return sequence === null
    ? located(`The escape sequence has not been completed. ${ESCAPES}`, at)
    : located(`'${sequence}' is an illegal JQL escape sequence. ${ESCAPES}`, at);
}

function escapeOf(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

export function reservedCharacter(character: string, at: Position): JqlSyntaxError {
  const advice = `You must enclose it in a string or use the escape '${escapeOf(character.charCodeAt(0))}' instead.`;
  return located(`The character '${character}' is a reserved JQL character. ${advice}`, at);
}

export function illegalCharacter(code: number, at: Position): JqlSyntaxError {
  const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const where = `on line ${at.line} at position ${at.column}`;
  return located(
    `The character '${name}' ${where} must be escaped. Use the escape '${escapeOf(code)}' instead.`,
    at,
  );
}

export function reservedWord(word: string, at: Position): JqlSyntaxError {
  return located(
    `'${word}' is a reserved JQL word. You must surround it in quotation marks to use it in a query.`,
    at,
  );
}

/** Validation sentences: Jira gives them without a position. */
export const invalid = {
  unknownField: (field: string): string =>
    `Field '${field}' does not exist or you do not have permission to view it.`,
  unknownFunction: (call: string): string => `Unable to find JQL function '${call}'.`,
  unsupportedOperator: (operator: string, field: string): string =>
    `The operator '${operator}' is not supported by the '${field}' field.`,
  nonListValue: (operator: string, operand: string, field: string): string =>
    `Operator '${operator}' does not support the non-list value '${operand}' for field '${field}'.`,
  listValue: (operator: string, operand: string, field: string): string =>
    `Operator '${operator}' does not support the list value '${operand}' for field '${field}'.`,
  emptyValue: (operator: string, field: string): string =>
    `Operator '${operator}' does not support the empty value representation 'EMPTY' for field '${field}'.`,
  nonEmptyValue: (operator: string, field: string): string =>
    `Operator '${operator}' does not support searching for non-empty values for field '${field}'.`,
  dateValue: (value: string, field: string): string =>
    `Date value '${value}' for field '${field}' is invalid. ${DATE_FORMATS}`,
  functionValue: (name: string, field: string): string =>
    `A value provided by the function '${name}' is invalid for the field '${field}'.`,
  noArguments: (name: string, count: number): string =>
    `Function '${name}' expected '0' arguments but received '${count}'.`,
  tooManyArguments: (name: string, count: number): string =>
    `Function '${name}' expected between '0' and '1' arguments but received '${count}'.`,
  duration: (name: string): string =>
    `Duration for function '${name}' should have the format (+/-)n(yMwdm), e.g -1M for 1 month earlier.`,
};
