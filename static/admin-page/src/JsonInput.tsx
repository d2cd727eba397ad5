// A part of the configuration edited as JSON (conditions, catalogue, indicators, penalties): the
// text is kept as typed; once it reads as JSON it goes into the draft, else the field says why.
import TextArea from '@atlaskit/textarea';
import { useEffect, useState } from 'react';
import { Field } from '../../shared/field';
import { fieldId, useEditing } from './draft';

const show = (value: unknown): string =>
  value === undefined ? '' : JSON.stringify(value, null, 2);

export function JsonInput({
  path,
  label,
  value,
  onChange,
  help,
  rows,
}: {
  readonly path: string;
  readonly label: string;
  readonly value: unknown;
  readonly onChange: (value: unknown) => void;
  readonly help?: string;
  readonly rows?: number;
}) {
  const { errors } = useEditing();
  const [text, setText] = useState(show(value));
  const [syntax, setSyntax] = useState<string | undefined>(undefined);
  const shown = show(value);
  useEffect(() => {
    // Another revision was loaded, or a form changed the part: show its value (text being typed
    // that does not read as JSON yet is kept).
    setText((typed) => {
      if (typed.trim() === '') return shown;
      try {
        return JSON.stringify(JSON.parse(typed)) === JSON.stringify(value) ? typed : shown;
      } catch {
        return typed;
      }
    });
  }, [shown, value]);
  return (
    <div data-field-path={path}>
      <Field
        id={fieldId(path)}
        label={label}
        error={syntax ?? errors.get(path)}
        {...(help === undefined ? {} : { help })}
      >
        {(wiring) => (
          <TextArea
            {...wiring}
            isInvalid={wiring['aria-invalid']}
            resize="vertical"
            minimumRows={rows ?? 4}
            value={text}
            style={{ fontFamily: 'monospace' }}
            onChange={(e) => {
              const typed = e.currentTarget.value;
              setText(typed);
              if (typed.trim() === '') {
                setSyntax(undefined);
                onChange(undefined);
                return;
              }
              try {
                onChange(JSON.parse(typed));
                setSyntax(undefined);
              } catch (error: unknown) {
                setSyntax(
                  `JSON invalide : ${error instanceof Error ? error.message : String(error)}. La modification n’est pas prise en compte tant qu’elle n’est pas corrigée.`,
                );
              }
            }}
          />
        )}
      </Field>
    </div>
  );
}
