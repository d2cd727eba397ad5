// Form controls bound to a path of the draft: each with its label, its error at the field and
// the path as `data-field-path` (what the problems of a resolver name).
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { useEffect, useState, type ReactNode } from 'react';
import { Field } from '../../shared/field';
import { fieldId, useEditing } from './draft';

/**
 * The error at a path; with `nested`, also those under it (`clocks[1]` shown at `clocks`, a list
 * edited in one field). The wrapper says so with `data-field-nested`, for the page's summary.
 */
function errorAt(
  errors: ReadonlyMap<string, string>,
  path: string,
  nested: boolean | undefined,
): string | undefined {
  if (nested !== true) return errors.get(path);
  const found = [...errors.entries()]
    .filter(([p]) => p === path || p.startsWith(`${path}[`) || p.startsWith(`${path}.`))
    .map(([, message]) => message);
  return found.length === 0 ? undefined : found.join(' ');
}

interface TextProps {
  readonly path: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly help?: string;
  readonly width?: string;
  /** The field edits a list: the errors of its items are shown here too. */
  readonly nested?: boolean;
}

export function TextInput({ path, label, value, onChange, help, width, nested }: TextProps) {
  const { errors } = useEditing();
  return (
    <div
      data-field-path={path}
      data-field-nested={nested === true ? 'true' : undefined}
      style={{ width: width ?? 'auto' }}
    >
      <Field
        id={fieldId(path)}
        label={label}
        error={errorAt(errors, path, nested)}
        {...(help === undefined ? {} : { help })}
      >
        {(wiring) => (
          <Textfield
            {...wiring}
            isInvalid={wiring['aria-invalid']}
            value={value}
            onChange={(e) => {
              onChange(e.currentTarget.value);
            }}
          />
        )}
      </Field>
    </div>
  );
}

const numberText = (value: number | string | undefined): string =>
  typeof value === 'number' ? String(value).replace('.', ',') : (value ?? '');

const numberOf = (text: string): number | string => {
  const number = Number(text.replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(number) ? number : text;
};

/**
 * A number field (a decimal comma or point); what is not a number is kept as text so that
 * validation says so. The text stays as typed ("0," on the way to "0,5"). With `optional`, an
 * empty field removes the value.
 */
export function NumberInput(
  props: Omit<TextProps, 'value' | 'onChange'> & {
    readonly value: number | string | undefined;
    readonly onChange: (value: number | string | undefined) => void;
    readonly optional?: boolean;
  },
) {
  const { value, onChange, optional, ...rest } = props;
  const [text, setText] = useState(numberText(value));
  useEffect(() => {
    // Changed elsewhere (the JSON part, another revision): show the new value.
    setText((typed) => (numberOf(typed) === (value ?? '') ? typed : numberText(value)));
  }, [value]);
  return (
    <TextInput
      {...rest}
      value={text}
      onChange={(typed) => {
        setText(typed);
        onChange(optional === true && typed.trim() === '' ? undefined : numberOf(typed));
      }}
    />
  );
}

export function SelectInput({
  path,
  label,
  value,
  options,
  onChange,
  nested,
}: {
  readonly path: string;
  readonly label: string;
  readonly value: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly onChange: (value: string) => void;
  /** Errors under the path are shown here too (a kind that decides the fields). */
  readonly nested?: boolean;
}) {
  const { errors } = useEditing();
  return (
    <div data-field-path={path} data-field-nested={nested === true ? 'true' : undefined}>
      <Field id={fieldId(path)} label={label} error={errorAt(errors, path, nested)}>
        {(wiring) => (
          <select
            {...wiring}
            value={value}
            onChange={(e) => {
              onChange(e.currentTarget.value);
            }}
            style={{
              padding: token('space.075', '6px'),
              borderRadius: token('border.radius', '4px'),
              border: `1px solid ${token('color.border.input', '#8590A2')}`,
              background: token('color.background.input', '#FFFFFF'),
              color: token('color.text', '#172B4D'),
              minWidth: '12rem',
            }}
          >
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}

export function CheckInput({
  path,
  label,
  checked,
  onChange,
}: {
  readonly path: string;
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}) {
  const { errors } = useEditing();
  const error = errors.get(path);
  return (
    <div data-field-path={path} style={{ marginBottom: token('space.100', '8px') }}>
      <label>
        <input
          type="checkbox"
          id={fieldId(path)}
          checked={checked}
          aria-invalid={error !== undefined}
          onChange={(e) => {
            onChange(e.currentTarget.checked);
          }}
        />{' '}
        {label}
      </label>
      {error === undefined ? null : (
        <div role="alert" style={{ color: token('color.text.danger', '#AE2A19') }}>
          {error}
        </div>
      )}
    </div>
  );
}

export function Row({ children }: { readonly children: ReactNode }) {
  return (
    <div
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: token('space.200', '16px'),
        alignItems: 'flex-end',
      }}
    >
      {children}
    </div>
  );
}

export function Group({
  legend,
  children,
  path,
}: {
  readonly legend: string;
  readonly children: ReactNode;
  readonly path?: string;
}) {
  const { errors } = useEditing();
  const error = path === undefined ? undefined : errors.get(path);
  return (
    <fieldset
      data-field-path={path}
      style={{
        border: `1px solid ${token('color.border', '#091E4224')}`,
        borderRadius: token('border.radius', '4px'),
        padding: token('space.150', '12px'),
        margin: `0 0 ${token('space.150', '12px')}`,
      }}
    >
      <legend style={{ fontWeight: 600, padding: `0 ${token('space.050', '4px')}` }}>
        {legend}
      </legend>
      {error === undefined ? null : (
        <div role="alert" style={{ color: token('color.text.danger', '#AE2A19') }}>
          {error}
        </div>
      )}
      {children}
    </fieldset>
  );
}

/**
 * A part of the editor that folds away (the page stays short); it opens by itself when a
 * problem lies in it.
 */
export function Part({
  id,
  title,
  prefixes,
  children,
}: {
  readonly id: string;
  readonly title: string;
  /** The draft paths it edits: a problem under one opens the part. */
  readonly prefixes: readonly string[];
  readonly children: ReactNode;
}) {
  const { errors } = useEditing();
  const troubled = [...errors.keys()].some((path) => prefixes.some((p) => path.startsWith(p)));
  return (
    <section aria-labelledby={id}>
      <details open={troubled ? true : undefined}>
        <summary style={{ cursor: 'pointer' }}>
          <h3 id={id} style={{ display: 'inline' }}>
            {title}
          </h3>
        </summary>
        {children}
      </details>
    </section>
  );
}
