import { changeValue, displayValue } from './display-value';

describe('displayValue', () => {
  it.each([
    ['a status', { self: 'https://x/status/3', name: 'En cours', id: '3' }, 'En cours'],
    ['a select option', { self: 'https://x/option/1', value: 'Bloquante', id: '1' }, 'Bloquante'],
    ['options', [{ value: 'Recette' }, { value: 'Production' }], 'Recette, Production'],
    ['a user', { accountId: '712020:1', displayName: 'Agent X', name: '' }, 'Agent X'],
    ['a priority', { name: 'Haute', id: '2' }, 'Haute'],
    ['labels', ['tma', 'lot-2'], 'tma, lot-2'],
    ['a number', 2.5, '2.5'],
    ['a boolean', false, 'false'],
    ['a Jira date-time', '2026-04-02T16:30:00.000+0200', '2026-04-02T14:30:00.000Z'],
    ['a date', '2026-04-02', '2026-04-02'],
    ['a text', 'Panne du portail', 'Panne du portail'],
    ['an empty text', '', null],
    ['null', null, null],
    ['an empty array', [], null],
    [
      'a rich-text document',
      { type: 'doc', version: 1, content: [] },
      '{"type":"doc","version":1,"content":[]}',
    ],
  ])('shows %s as its display string', (_, value, expected) => {
    expect(displayValue(value)).toBe(expected);
  });
});

describe('changeValue', () => {
  it.each([
    ['a status: the name, not the id', '10001', 'En cours', 'En cours'],
    [
      'a date: the raw date, not the locale text',
      '2025-08-22',
      '2025-08-22 00:00:00.0',
      '2025-08-22',
    ],
    [
      'a date-time in the raw value',
      '2026-04-02T16:30:00+0200',
      '02/avr./26 16:30',
      '2026-04-02T14:30:00.000Z',
    ],
    [
      'a date-time in the display value',
      null,
      '2026-04-02T16:30:00.000+0200',
      '2026-04-02T14:30:00.000Z',
    ],
    ['an empty value', null, null, null],
    ['an empty text', undefined, '', null],
  ])('reads %s', (_, raw, shown, expected) => {
    expect(changeValue(raw, shown)).toBe(expected);
  });
});
