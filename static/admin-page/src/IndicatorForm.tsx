// One indicator of the contract: its id, label, kind and the kind's own fields, its target
// (comparison and value, or none). Changing the kind keeps what the new kind also has.
import Button from '@atlaskit/button/new';
import { useVersion } from './draft';
import { CheckInput, Group, NumberInput, Row, SelectInput, TextInput } from './inputs';
import { JsonInput } from './JsonInput';
import { asNumber, asObject, asText, listOfText, textOfList, type Json, type Key } from './part';

export const INDICATOR_KINDS = [
  ['clock-rate', 'Taux de délais respectés'],
  ['count', 'Nombre de tickets'],
  ['availability', 'Disponibilité'],
  ['order-lateness', 'Retard des commandes (jours ouvrés)'],
  ['deliveries-before-validation', 'Livraisons avant validation'],
  ['anomalies-per-unit', 'Anomalies pour 100 jours de développement'],
  ['manual', 'Saisie manuelle'],
] as const;

const COMPARATORS = [
  ['>=', 'au moins (≥)'],
  ['<=', 'au plus (≤)'],
  ['=', 'égal à (=)'],
  ['>', 'plus de (>)'],
  ['<', 'moins de (<)'],
] as const;

/** The fields each kind has besides id, label, threshold and source. */
const FIELDS: Readonly<Record<string, readonly string[]>> = {
  'clock-rate': ['clock', 'categories', 'when'],
  count: ['count', 'categories', 'when'],
  availability: ['clock', 'categories', 'when', 'window'],
  'order-lateness': ['step'],
  'deliveries-before-validation': [],
  'anomalies-per-unit': ['categories', 'when'],
  manual: ['unit'],
};

/** The first value of each select a kind starts with, when the indicator had none. */
const STARTS: Json = { count: 'opened', window: '24/7', step: 'devis', unit: '%', clock: '' };

export function indicatorOfKind(indicator: Json, kind: string): Json {
  const next: Json = { id: indicator.id, label: indicator.label, kind };
  for (const key of FIELDS[kind] ?? []) {
    const value = indicator[key] ?? STARTS[key];
    if (value !== undefined) next[key] = value;
  }
  if (next.categories === undefined && (FIELDS[kind] ?? []).includes('categories'))
    next.categories = [];
  next.threshold = indicator.threshold ?? null;
  if (indicator.source !== undefined) next.source = indicator.source;
  return next;
}

export function IndicatorForm({
  indicator,
  at,
  set,
  onRemove,
}: {
  readonly indicator: Json;
  /** The indicator's path: `versions[0].indicators[3]`. */
  readonly at: string;
  readonly set: (keys: readonly Key[], value: unknown) => void;
  readonly onRemove: () => void;
}) {
  const { version } = useVersion();
  const kind = asText(indicator.kind);
  const fields = FIELDS[kind] ?? [];
  const threshold = indicator.threshold === null ? null : asObject(indicator.threshold);
  const choices = (ids: readonly string[], current: string, first: string) => [
    { value: '', label: first },
    ...[...ids, ...(current === '' || ids.includes(current) ? [] : [current])].map((id) => ({
      value: id,
      label: id,
    })),
  ];
  return (
    <Group legend={`Indicateur ${asText(indicator.id)}`} path={at}>
      <Row>
        <TextInput
          path={`${at}.id`}
          label="Identifiant"
          value={asText(indicator.id)}
          onChange={(v) => {
            set(['id'], v);
          }}
        />
        <TextInput
          path={`${at}.label`}
          label="Libellé"
          value={asText(indicator.label)}
          width="32rem"
          onChange={(v) => {
            set(['label'], v);
          }}
        />
        <TextInput
          path={`${at}.source`}
          label="Source"
          value={asText(indicator.source)}
          onChange={(v) => {
            set(['source'], v === '' ? undefined : v);
          }}
        />
      </Row>
      <Row>
        <SelectInput
          path={`${at}.kind`}
          label="Nature de l’indicateur"
          value={kind}
          options={INDICATOR_KINDS.map(([value, label]) => ({ value, label }))}
          onChange={(v) => {
            set([], indicatorOfKind(indicator, v));
          }}
        />
        {fields.includes('clock') ? (
          <SelectInput
            path={`${at}.clock`}
            label="Délai mesuré"
            value={asText(indicator.clock)}
            options={choices(
              version.clocks.map((c) => c.id),
              asText(indicator.clock),
              '— choisir un délai —',
            )}
            onChange={(v) => {
              set(['clock'], v);
            }}
          />
        ) : null}
        {fields.includes('count') ? (
          <SelectInput
            path={`${at}.count`}
            label="Tickets comptés"
            value={asText(indicator.count)}
            options={[
              { value: 'opened', label: 'Ouverts dans la période' },
              { value: 'resolved', label: 'Résolus dans la période' },
              { value: 'stock', label: 'En stock à la fin de la période' },
            ]}
            onChange={(v) => {
              set(['count'], v);
            }}
          />
        ) : null}
        {fields.includes('window') ? (
          <SelectInput
            path={`${at}.window`}
            label="Plage de disponibilité"
            value={asText(indicator.window)}
            options={[
              { value: '24/7', label: '24 h sur 24, 7 jours sur 7' },
              ...Object.keys(version.calendars).map((id) => ({
                value: id,
                label: `Temps ouvré du calendrier ${id}`,
              })),
            ]}
            onChange={(v) => {
              set(['window'], v);
            }}
          />
        ) : null}
        {fields.includes('step') ? (
          <SelectInput
            path={`${at}.step`}
            label="Étape de la commande"
            value={asText(indicator.step)}
            options={[
              { value: 'devis', label: 'Devis' },
              { value: 'livraison', label: 'Première livraison' },
            ]}
            onChange={(v) => {
              set(['step'], v);
            }}
          />
        ) : null}
        {fields.includes('unit') ? (
          <SelectInput
            path={`${at}.unit`}
            label="Unité"
            value={asText(indicator.unit)}
            options={[
              { value: '%', label: 'Pourcentage' },
              { value: 'nombre', label: 'Nombre' },
            ]}
            onChange={(v) => {
              set(['unit'], v);
            }}
          />
        ) : null}
        {fields.includes('categories') ? (
          <TextInput
            path={`${at}.categories`}
            label="Catégories de tickets (séparées par des virgules)"
            value={textOfList(indicator.categories)}
            nested
            onChange={(v) => {
              set(['categories'], listOfText(v) ?? []);
            }}
          />
        ) : null}
      </Row>
      {fields.includes('when') ? (
        <JsonInput
          path={`${at}.when`}
          label="Condition sur les tickets (JSON, vide : tous)"
          value={indicator.when}
          rows={2}
          onChange={(v) => {
            set(['when'], v);
          }}
        />
      ) : null}
      <CheckInput
        path={`${at}.threshold`}
        label="Sans objectif (suivi seulement)"
        checked={threshold === null}
        onChange={(none) => {
          set(['threshold'], none ? null : { comparator: '>=' });
        }}
      />
      {threshold === null ? null : (
        <Row>
          <SelectInput
            path={`${at}.threshold.comparator`}
            label="Objectif"
            value={asText(threshold.comparator)}
            options={COMPARATORS.map(([value, label]) => ({ value, label }))}
            onChange={(v) => {
              set(['threshold', 'comparator'], v);
            }}
          />
          <NumberInput
            path={`${at}.threshold.value`}
            label="Valeur de l’objectif"
            value={asNumber(threshold.value)}
            onChange={(v) => {
              set(['threshold', 'value'], v);
            }}
          />
        </Row>
      )}
      <Button onClick={onRemove}>{`Retirer l’indicateur ${asText(indicator.id)}`}</Button>
    </Group>
  );
}
