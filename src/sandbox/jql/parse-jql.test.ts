import { parseJql } from '.';

const OPERATORS =
  "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";
const ESCAPES = "The valid escape sequences are \\', \\\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX.";
const THE = 'Error in the JQL Query: ';

function messageOf(jql: string): string {
  const result = parseJql(jql);
  if (result.ok) throw new Error(`expected ${jql} to fail`);
  return result.message;
}

describe('parseJql reads the supported grammar', () => {
  test.each([
    ['an empty query', ''],
    ['blanks only', '  \n\t '],
    ['an ORDER BY alone', 'ORDER BY created DESC, key'],
    ['keywords in any case', 'Project = ABC and NOT Status in (Open, Done) Or labels Is Not Empty'],
    [
      'symbols for the logical operators',
      'project = ABC && (status = Open || ! labels = x) & key = A-1',
    ],
    ['the type and issuekey aliases', 'type = Bug AND issuekey != ABC-1'],
    ['quoted field names', '"status" = Done AND \'labels\' IS EMPTY'],
    ['both custom field spellings', 'cf[10042] = Gold OR customfield_10042 IN (Silver, EMPTY)'],
    ['EMPTY and NULL as values', 'labels = EMPTY OR resolved = null OR labels in (a, Empty)'],
    ['a date and a date-time', 'created >= "2026-03-01" AND updated < "2026/03/01 14:30"'],
    [
      'relative dates',
      'created > -7d AND created < 1d AND updated >= -2w AND updated <= "-4h 30m"',
    ],
    [
      'date functions',
      'created >= startOfMonth(-1) AND created <= endOfMonth("+2M") AND resolved < now()',
    ],
    ['numbers as epoch milliseconds', 'created > 0 AND updated < 1774771200000'],
    ['nested lists', 'status in ((Open, Done), "In Progress")'],
    ['escapes in bare words', 'status = In\\ Progress'],
    ['several lines', 'project = ABC\nAND status = Open\nORDER BY key'],
  ])('%s', (_name, jql) => {
    expect(parseJql(jql)).toMatchObject({ ok: true });
  });

  test('AND binds tighter than OR, NOT tighter than AND', () => {
    const result = parseJql('project = A OR NOT status = B AND labels = c');
    expect(result.ok && result.value.where).toEqual({
      kind: 'or',
      conditions: [
        { kind: 'match', field: 'project', negated: false, values: ['a'] },
        {
          kind: 'and',
          conditions: [
            {
              kind: 'not',
              condition: { kind: 'match', field: 'status', negated: false, values: ['b'] },
            },
            { kind: 'match', field: 'labels', negated: false, values: ['c'] },
          ],
        },
      ],
    });
  });

  test('an ORDER BY key defaults to ascending', () => {
    const result = parseJql('ORDER BY Created, cf[10042] DESC, type asc');
    expect(result.ok && result.value.orderBy).toEqual([
      { field: 'created', direction: 'asc' },
      { field: 'customfield_10042', direction: 'desc' },
      { field: 'issuetype', direction: 'asc' },
    ]);
  });
});

describe('parseJql refuses a query it cannot read with Jira’s sentence and position', () => {
  test.each([
    ['labels IN (alpha, bet AND status = x', "Expecting ')' but got 'AND'. (line 1, character 23)"],
    [
      '(status = Open OR labels IN (a) key = A-1',
      "Expecting ')' but got 'key'. (line 1, character 33)",
    ],
    ['(status = Open', "Expecting ')' before the end of the query."],
    [
      'project = ABC status = Open',
      "Expecting either 'OR' or 'AND' but got 'status'. (line 1, character 15)",
    ],
    [
      'project = ABC\nAND status = Open x',
      "Expecting either 'OR' or 'AND' but got 'x'. (line 2, character 19)",
    ],
    ['status IN (a, b c)', "Expecting ',' or ')' but got 'c'. (line 1, character 17)"],
    ['project = ABC AND', 'Expecting a field name at the end of the query.'],
    [
      'AND status = x',
      "Expecting a field name but got 'AND'. You must surround 'AND' in quotation marks to use it as a field name. (line 1, character 1)",
    ],
    [
      '[10042] = a',
      "Expecting a field name but got '['. Did you mean 'cf['? (line 1, character 1)",
    ],
    ["'' = c", 'A field name cannot be empty. (line 1, character 1)'],
    ['status', `Expecting operator before the end of the query. ${OPERATORS}`],
    ['status blah Done', `Expecting operator but got 'blah'. ${OPERATORS} (line 1, character 8)`],
    ['labels NOT IS EMPTY', "Expecting 'IN' but got 'IS'. (line 1, character 12)"],
    ['labels IS ! EMPTY', "Expecting 'NOT' but got '!'. (line 1, character 11)"],
    ['cf = 6', "Expecting '[' but got '='. (line 1, character 4)"],
    ['cf[', 'Expecting a custom field id (a positive number) before the end of the query.'],
    [
      'cf[-42] = a',
      "Expecting a custom field id (a positive number) but got '-42'. (line 1, character 4)",
    ],
    ['cf[42 = a', "Expecting ']' but got '='. (line 1, character 7)"],
    ['created > startOfDay(', "Expecting ')' before the end of the query."],
    ['created > startOfDay(-1,)', 'Function argument must be specified. (line 1, character 25)'],
    ['created > startOfDay(-1,', 'Expecting a function argument at the end of the query.'],
    ['created > startOfDay(-1 x)', "Expecting ')' or ',' but got 'x'. (line 1, character 25)"],
    [
      'a = func(!',
      "Expecting a function argument but got '!'. You must surround '!' in quotation marks to use it as an argument. (line 1, character 10)",
    ],
    ['a = ""()', 'A function name cannot be empty. (line 1, character 5)'],
    ['status = x ORDER', "Expecting 'by' before the end of the query."],
    ['ORDER summary', "Expecting 'by' but got 'summary'. (line 1, character 7)"],
    [
      'ORDER BY created sideways',
      "Expecting either 'ASC' or 'DESC' but got 'sideways'. (line 1, character 18)",
    ],
    ['ORDER BY created DESC key', "Expecting ',' but got 'key'. (line 1, character 23)"],
    [
      'ORDER BY DESC',
      "Expecting a field name but got 'DESC'. You must surround 'DESC' in quotation marks to use it as a field name. (line 1, character 10)",
    ],
    [
      'summary ~ "unclosed',
      "The quoted string 'unclosed' has not been completed. (line 1, character 11)",
    ],
    [
      "summary ~ 'two\nlines",
      "The quoted string 'two lines' has not been completed. (line 1, character 11)",
    ],
    ["summary ~ '", 'The quoted string has not been completed. (line 1, character 11)'],
    [
      'summary ~ "a\\qb"',
      `'\\q' is an illegal JQL escape sequence. ${ESCAPES} (line 1, character 13)`,
    ],
    [
      'summary ~ "\\u00zz"',
      `'\\u00z' is an illegal JQL escape sequence. ${ESCAPES} (line 1, character 12)`,
    ],
    [
      'summary ~ a\\',
      `The escape sequence has not been completed. ${ESCAPES} (line 1, character 12)`,
    ],
    [
      'summary ~ 50%',
      "The character '%' is a reserved JQL character. You must enclose it in a string or use the escape '\\u0025' instead. (line 1, character 13)",
    ],
    [
      'summary ~ "a\u0007"',
      "The character 'U+0007' on line 1 at position 13 must be escaped. Use the escape '\\u0007' instead. (line 1, character 13)",
    ],
    [
      'project = DO',
      "'DO' is a reserved JQL word. You must surround it in quotation marks to use it in a query. (line 1, character 11)",
    ],
    [
      'created > 99999999999999999999',
      "'99999999999999999999' is not a valid number. Numbers must be between -9,223,372,036,854,775,808 and 9,223,372,036,854,775,807. (line 1, character 11)",
    ],
  ])('%s', (jql, sentence) => {
    expect(parseJql(jql)).toEqual({ ok: false, code: 'JQL.SYNTAX', message: THE + sentence });
  });

  test.each([
    ['status =', 'Expecting either a value, list or function before the end of the query.'],
    [
      'status = = Done',
      "Expecting either a value, list or function but got '='. You must surround '=' in quotation marks to use it as a value. (line 1, character 10)",
    ],
    ['status IN (a,', 'Expecting either a value, list or function before the end of the query.'],
  ])('a missing value: %s (Jira says "Error in JQL Query")', (jql, sentence) => {
    expect(messageOf(jql)).toBe(`Error in JQL Query: ${sentence}`);
  });

  test('a lexical error anywhere wins over an earlier grammar error, as Jira lexes first', () => {
    expect(messageOf('status = = a AND summary ~ #')).toMatch(/The character '#'/);
  });
});
