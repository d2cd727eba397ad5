import { parseJql } from '.';

const DATE_FORMATS =
  "Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.";

describe('parseJql validates fields, operators and values as Jira does', () => {
  test.each([
    [
      'colour = red',
      'JQL.UNKNOWN_FIELD',
      "Field 'colour' does not exist or you do not have permission to view it.",
    ],
    [
      'project = A ORDER BY zzfield',
      'JQL.UNKNOWN_FIELD',
      "Field 'zzfield' does not exist or you do not have permission to view it.",
    ],
    [
      'summary = x',
      'JQL.INVALID_CLAUSE',
      "The operator '=' is not supported by the 'summary' field.",
    ],
    [
      'status ~ x',
      'JQL.INVALID_CLAUSE',
      "The operator '~' is not supported by the 'status' field.",
    ],
    [
      'Status < x',
      'JQL.INVALID_CLAUSE',
      "The operator '<' is not supported by the 'Status' field.",
    ],
    [
      'status = noSuchFunction()',
      'JQL.INVALID_CLAUSE',
      "Unable to find JQL function 'noSuchFunction()'.",
    ],
    [
      'status = now()',
      'JQL.INVALID_CLAUSE',
      "A value provided by the function 'now' is invalid for the field 'status'.",
    ],
    [
      'updated >= yesterday',
      'JQL.INVALID_CLAUSE',
      `Date value 'yesterday' for field 'updated' is invalid. ${DATE_FORMATS}`,
    ],
    [
      'created = "2026-02-30"',
      'JQL.INVALID_CLAUSE',
      `Date value '2026-02-30' for field 'created' is invalid. ${DATE_FORMATS}`,
    ],
    [
      'created < "2026-03-01 24:00"',
      'JQL.INVALID_CLAUSE',
      `Date value '2026-03-01 24:00' for field 'created' is invalid. ${DATE_FORMATS}`,
    ],
    [
      'created > now(1)',
      'JQL.INVALID_CLAUSE',
      "Function 'now' expected '0' arguments but received '1'.",
    ],
    [
      'created > startOfDay(1, 2)',
      'JQL.INVALID_CLAUSE',
      "Function 'startOfDay' expected between '0' and '1' arguments but received '2'.",
    ],
    [
      'created > startOfDay("invalid")',
      'JQL.INVALID_CLAUSE',
      "Duration for function 'startOfDay' should have the format (+/-)n(yMwdm), e.g -1M for 1 month earlier.",
    ],
    [
      'status in Done',
      'JQL.INVALID_CLAUSE',
      "Operator 'in' does not support the non-list value '\"Done\"' for field 'status'.",
    ],
    [
      'created not in now()',
      'JQL.INVALID_CLAUSE',
      "Operator 'not in' does not support the non-list value 'now()' for field 'created'.",
    ],
    [
      'status = (a, 12)',
      'JQL.INVALID_CLAUSE',
      "Operator '=' does not support the list value '(\"a\", 12)' for field 'status'.",
    ],
    [
      'created > EMPTY',
      'JQL.INVALID_CLAUSE',
      "Operator '>' does not support the empty value representation 'EMPTY' for field 'created'.",
    ],
    [
      'status is Done',
      'JQL.INVALID_CLAUSE',
      "Operator 'is' does not support searching for non-empty values for field 'status'.",
    ],
  ])('%s', (jql, code, message) => {
    expect(parseJql(jql)).toEqual({ ok: false, code, message, issues: [{ path: 'jql', message }] });
  });

  test('every problem is listed, the first one gives the code', () => {
    const result = parseJql('colour = red AND summary = x ORDER BY nope');
    expect(result).toEqual({
      ok: false,
      code: 'JQL.UNKNOWN_FIELD',
      message: "Field 'colour' does not exist or you do not have permission to view it.",
      issues: [
        {
          path: 'jql',
          message: "Field 'colour' does not exist or you do not have permission to view it.",
        },
        { path: 'jql', message: "The operator '=' is not supported by the 'summary' field." },
        {
          path: 'jql',
          message: "Field 'nope' does not exist or you do not have permission to view it.",
        },
      ],
    });
  });

  test('a custom field outside the known ones does not exist, in the spelling used', () => {
    const options = { customFields: ['customfield_10042'] };
    expect(parseJql('cf[10042] = a AND customfield_10042 = b', options).ok).toBe(true);
    expect(parseJql('cf[10043] = a', options)).toMatchObject({
      code: 'JQL.UNKNOWN_FIELD',
      message: "Field 'cf[10043]' does not exist or you do not have permission to view it.",
    });
  });
});
