// The contract's indicators as a form: one group each, added and removed here; measured each month
// by the engine, which is what checks them (at the preview).
import Button from '@atlaskit/button/new';
import { IndicatorForm } from './IndicatorForm';
import { Part } from './inputs';
import { asList, asObject, usePart } from './part';

export function IndicatorsEditor() {
  const { value, at, set } = usePart('indicators');
  const indicators = asList(value);
  return (
    <Part id="indicateurs-titre" title="Indicateurs" prefixes={[at]}>
      {indicators.length === 0 ? <p>Aucun indicateur.</p> : null}
      {indicators.map((indicator, i) => (
        <IndicatorForm
          key={`${at}[${String(i)}]`}
          indicator={asObject(indicator)}
          at={`${at}[${String(i)}]`}
          set={(keys, v) => {
            set([i, ...keys], v);
          }}
          onRemove={() => {
            set(
              [],
              indicators.filter((_, k) => k !== i),
            );
          }}
        />
      ))}
      <Button
        onClick={() => {
          set([indicators.length], {
            id: `IND_${String(indicators.length + 1)}`,
            label: '',
            kind: 'manual',
            unit: '%',
            threshold: null,
          });
        }}
      >
        Ajouter un indicateur
      </Button>
    </Part>
  );
}
