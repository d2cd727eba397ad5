// The whole contract as JSON: exported as a file, imported from a file or pasted text (checked
// as JSON here; the contract model's checks run at the preview, problems shown at their fields).
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import TextArea from '@atlaskit/textarea';
import { token } from '@atlaskit/tokens';
import { useState } from 'react';
import { Field } from '../../shared/field';
import { useEditing, type Draft } from './draft';

export function ImportExport({ onImport }: { readonly onImport: (draft: Draft) => void }) {
  const { draft } = useEditing();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [done, setDone] = useState(false);
  const exported = JSON.stringify(draft, null, 2);
  const download = (): void => {
    const url = URL.createObjectURL(new Blob([exported], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `contrat-${draft.id}.json`;
    link.click();
    URL.revokeObjectURL(url);
  };
  const load = (source: string): void => {
    setDone(false);
    try {
      const parsed: unknown = JSON.parse(source);
      if (
        typeof parsed !== 'object' ||
        parsed === null ||
        !('versions' in parsed) ||
        !Array.isArray(parsed.versions)
      )
        throw new Error('un contrat a un identifiant, un libellé et des versions');
      onImport(parsed as Draft);
      setError(undefined);
      setDone(true);
    } catch (problem: unknown) {
      setError(
        `Import impossible : ${problem instanceof Error ? problem.message : String(problem)}.`,
      );
    }
  };
  return (
    <div>
      <h3>Exporter</h3>
      <p>La configuration affichée (modifications non enregistrées comprises), en JSON.</p>
      <Button onClick={download}>Télécharger le JSON du contrat</Button>
      <h3 style={{ marginTop: token('space.300', '24px') }}>Importer</h3>
      <div style={{ marginBottom: token('space.150', '12px') }}>
        <label htmlFor="import-fichier" style={{ display: 'block', fontWeight: 600 }}>
          Fichier JSON
        </label>
        <input
          id="import-fichier"
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file !== undefined) void file.text().then(load);
          }}
        />
      </div>
      <Field id="import-texte" label="Ou collez le JSON" error={error}>
        {(wiring) => (
          <TextArea
            {...wiring}
            isInvalid={wiring['aria-invalid']}
            minimumRows={6}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
            }}
          />
        )}
      </Field>
      <Button
        onClick={() => {
          load(text);
        }}
      >
        Charger dans l’éditeur
      </Button>
      {done ? (
        <SectionMessage appearance="success">
          <p>Contrat chargé dans l’éditeur : prévisualisez puis appliquez pour l’enregistrer.</p>
        </SectionMessage>
      ) : null}
    </div>
  );
}
