// One penalty rule of the CCAP: its id, label, kind and the kind's own fields. Changing the kind
// keeps the id, the label and the source, and starts the kind's fields empty.
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { useVersion } from './draft';
import { Group, NumberInput, Row, SelectInput, TextInput } from './inputs';
import {
  asList,
  asNumber,
  asObject,
  asText,
  listOfText,
  pathOf,
  textOfList,
  type Json,
  type Key,
} from './part';

export const PENALTY_KINDS = [
  ['ccag-late', 'Retard selon le CCAG (P = V × R / diviseur)'],
  ['per-day', 'Montant par jour de retard'],
  ['per-hour', 'Montant par heure commencée de retard'],
  ['per-breach', 'Montant par manquement'],
  ['indicator-shortfall', 'Écart à l’objectif d’un indicateur (part d’une base)'],
  ['tiers', 'Tranches d’écart à l’objectif d’un indicateur'],
] as const;

const CCAG = ['CCAG-TIC', 'CCAG-FCS', 'CCAG-PI'].map((v) => ({ value: v, label: v }));
const SUBJECTS = [
  { value: 'orders', label: 'Commandes' },
  { value: 'clocks', label: 'Délais (horloges)' },
];
const CENTS_HELP = 'En centimes HT : 125000 pour 1 250,00 €.';
const SHARE_HELP = 'Une part : 0,1 pour 10 %.';

/** A rule of another kind: what identifies it is kept, the kind's fields start empty. */
export function ruleOfKind(rule: Json, kind: string): Json {
  const kept: Json = { id: rule.id, label: rule.label, kind };
  if (rule.source !== undefined) kept.source = rule.source;
  if (kind === 'ccag-late') return { ...kept, ccag: 'CCAG-TIC', subject: 'orders' };
  if (kind === 'per-day') return { ...kept, days: 'calendar' };
  if (kind === 'tiers') return { ...kept, indicator: rule.indicator ?? '', tiers: [] };
  if (kind === 'indicator-shortfall') return { ...kept, indicator: rule.indicator ?? '' };
  return kept;
}

function IndicatorChoice({
  path,
  value,
  onChange,
}: {
  readonly path: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
}) {
  const { version } = useVersion();
  const ids = (version.indicators ?? []).map((i) => i.id);
  const options = [
    { value: '', label: '— choisir un indicateur —' },
    ...[...ids, ...(value === '' || ids.includes(value) ? [] : [value])].map((id) => ({
      value: id,
      label: id,
    })),
  ];
  return (
    <SelectInput
      path={path}
      label="Indicateur"
      value={value}
      options={options}
      onChange={onChange}
    />
  );
}

function Tiers({
  rule,
  at,
  set,
}: {
  readonly rule: Json;
  readonly at: string;
  readonly set: (keys: readonly Key[], value: unknown) => void;
}) {
  const tiers = asList(rule.tiers);
  return (
    <Group legend="Tranches (la plus haute atteinte s’applique)" path={`${at}.tiers`}>
      {tiers.map((tier, t) => {
        const row = asObject(tier);
        const tPath = `${at}.tiers[${String(t)}]`;
        return (
          <Row key={tPath}>
            <NumberInput
              path={`${tPath}.fromShortfall`}
              label={`Tranche ${String(t + 1)} : à partir d’un écart de`}
              value={asNumber(row.fromShortfall)}
              onChange={(v) => {
                set(['tiers', t, 'fromShortfall'], v);
              }}
            />
            <NumberInput
              path={`${tPath}.amountCents`}
              label={`Tranche ${String(t + 1)} : montant (centimes HT)`}
              value={asNumber(row.amountCents)}
              onChange={(v) => {
                set(['tiers', t, 'amountCents'], v);
              }}
            />
            <div style={{ marginBottom: token('space.150', '12px') }}>
              <Button
                onClick={() => {
                  set(
                    ['tiers'],
                    tiers.filter((_, i) => i !== t),
                  );
                }}
              >
                {`Retirer la tranche ${String(t + 1)}`}
              </Button>
            </div>
          </Row>
        );
      })}
      <Button
        onClick={() => {
          set(['tiers', tiers.length], { fromShortfall: 0 });
        }}
      >
        Ajouter une tranche
      </Button>
    </Group>
  );
}

function LateScope({
  rule,
  at,
  set,
  required,
}: {
  readonly rule: Json;
  readonly at: string;
  readonly set: (keys: readonly Key[], value: unknown) => void;
  readonly required: boolean;
}) {
  return (
    <Row>
      <SelectInput
        path={`${at}.subject`}
        label="Retards concernés"
        value={asText(rule.subject)}
        options={required ? SUBJECTS : [{ value: '', label: 'Commandes et délais' }, ...SUBJECTS]}
        onChange={(v) => {
          set(['subject'], v === '' ? undefined : v);
        }}
      />
      <TextInput
        path={`${at}.clocks`}
        label="Horloges concernées (identifiants séparés par des virgules, vide : toutes)"
        value={textOfList(rule.clocks)}
        width="24rem"
        nested
        onChange={(v) => {
          set(['clocks'], listOfText(v));
        }}
      />
    </Row>
  );
}

export function PenaltyRuleForm({
  rule,
  at,
  set,
  onRemove,
}: {
  readonly rule: Json;
  /** The rule's path: `versions[0].penalties.rules[2]`. */
  readonly at: string;
  /** Sets a value at keys under the rule. */
  readonly set: (keys: readonly Key[], value: unknown) => void;
  readonly onRemove: () => void;
}) {
  const kind = asText(rule.kind);
  const amount = (label: string, key: string, help = CENTS_HELP) => (
    <NumberInput
      path={pathOf(at, [key])}
      label={label}
      help={help}
      value={asNumber(rule[key])}
      onChange={(v) => {
        set([key], v);
      }}
    />
  );
  return (
    <Group legend={`Pénalité « ${asText(rule.label) || asText(rule.id)} »`} path={at}>
      <Row>
        <TextInput
          path={`${at}.id`}
          label="Identifiant"
          value={asText(rule.id)}
          onChange={(v) => {
            set(['id'], v);
          }}
        />
        <TextInput
          path={`${at}.label`}
          label="Libellé"
          value={asText(rule.label)}
          width="28rem"
          onChange={(v) => {
            set(['label'], v);
          }}
        />
        <TextInput
          path={`${at}.source`}
          label="Source (article du CCAP)"
          value={asText(rule.source)}
          onChange={(v) => {
            set(['source'], v === '' ? undefined : v);
          }}
        />
      </Row>
      <SelectInput
        path={`${at}.kind`}
        label="Nature de la pénalité"
        value={kind}
        options={PENALTY_KINDS.map(([value, label]) => ({ value, label }))}
        onChange={(v) => {
          set([], ruleOfKind(rule, v));
        }}
      />
      {kind === 'ccag-late' ? (
        <Row>
          <SelectInput
            path={`${at}.ccag`}
            label="CCAG"
            value={asText(rule.ccag)}
            options={CCAG}
            onChange={(v) => {
              set(['ccag'], v);
            }}
          />
        </Row>
      ) : null}
      {kind === 'per-day' ? (
        <Row>
          {amount('Montant par jour (centimes HT)', 'amountCents')}
          <SelectInput
            path={`${at}.days`}
            label="Jours comptés"
            value={asText(rule.days)}
            options={[
              { value: 'calendar', label: 'Jours calendaires' },
              { value: 'working', label: 'Jours ouvrés' },
            ]}
            onChange={(v) => {
              set(['days'], v);
            }}
          />
        </Row>
      ) : null}
      {kind === 'per-hour' ? (
        <Row>{amount('Montant par heure (centimes HT)', 'amountCents')}</Row>
      ) : null}
      {kind === 'per-breach' ? (
        <Row>{amount('Montant par manquement (centimes HT)', 'amountCents')}</Row>
      ) : null}
      {['ccag-late', 'per-day', 'per-hour', 'per-breach'].includes(kind) ? (
        <LateScope rule={rule} at={at} set={set} required={kind === 'ccag-late'} />
      ) : null}
      {kind === 'indicator-shortfall' || kind === 'tiers' ? (
        <IndicatorChoice
          path={`${at}.indicator`}
          value={asText(rule.indicator)}
          onChange={(v) => {
            set(['indicator'], v);
          }}
        />
      ) : null}
      {kind === 'indicator-shortfall' ? (
        <Row>
          {amount('Base (centimes HT)', 'baseCents')}
          {amount('Part de la base par pas', 'share', SHARE_HELP)}
          {amount('Pas d’écart', 'step', 'Dans l’unité de l’indicateur : 0,1 point.')}
        </Row>
      ) : null}
      {kind === 'tiers' ? <Tiers rule={rule} at={at} set={set} /> : null}
      <Button onClick={onRemove}>{`Retirer la pénalité ${asText(rule.id)}`}</Button>
    </Group>
  );
}
