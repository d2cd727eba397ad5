// The contract's penalties as a form: the rules of the CCAP, the caps, the exoneration threshold
// and the days for observations. The amounts come from the CCAP: Jalon invents none.
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { CheckInput, Group, NumberInput, Part, Row, SelectInput } from './inputs';
import { PenaltyRuleForm } from './PenaltyRuleForm';
import { asList, asNumber, asObject, asText, usePart } from './part';

const CENTS_HELP = 'En centimes HT : 125000 pour 1 250,00 €.';
const SHARE_HELP = 'Une part : 0,1 pour 10 %.';

export function PenaltiesEditor() {
  const { value, at, set } = usePart('penalties');
  if (value === undefined)
    return (
      <Part id="penalites-titre" title="Pénalités" prefixes={[at]}>
        <p>Ce contrat ne déclare aucune pénalité.</p>
        <Button
          onClick={() => {
            set([], { rules: [], caps: {} });
          }}
        >
          Déclarer les pénalités du contrat
        </Button>
      </Part>
    );
  const penalties = asObject(value);
  const rules = asList(penalties.rules);
  const caps = asObject(penalties.caps);
  const exoneration = penalties.exoneration === undefined ? null : asObject(penalties.exoneration);
  return (
    <Part id="penalites-titre" title="Pénalités" prefixes={[at]}>
      <p>Les montants viennent du CCAP : Jalon n’en invente aucun.</p>
      {rules.length === 0 ? <p>Aucune règle de pénalité.</p> : null}
      {rules.map((rule, r) => (
        <PenaltyRuleForm
          key={`${at}.rules[${String(r)}]`}
          rule={asObject(rule)}
          at={`${at}.rules[${String(r)}]`}
          set={(keys, v) => {
            set(['rules', r, ...keys], v);
          }}
          onRemove={() => {
            set(
              ['rules'],
              rules.filter((_, i) => i !== r),
            );
          }}
        />
      ))}
      <div style={{ marginBottom: token('space.200', '16px') }}>
        <Button
          onClick={() => {
            set(['rules', rules.length], {
              id: `penalite-${String(rules.length + 1)}`,
              label: '',
              kind: 'per-day',
              days: 'calendar',
            });
          }}
        >
          Ajouter une pénalité
        </Button>
      </div>
      <Group legend="Plafonds" path={`${at}.caps`}>
        <Row>
          <NumberInput
            path={`${at}.caps.itemShare`}
            label="Part de la valeur de chaque retard"
            help={SHARE_HELP}
            optional
            value={asNumber(caps.itemShare)}
            onChange={(v) => {
              set(['caps', 'itemShare'], v);
            }}
          />
          <NumberInput
            path={`${at}.caps.monthlyCents`}
            label="Plafond mensuel (centimes HT)"
            help={CENTS_HELP}
            optional
            value={asNumber(caps.monthlyCents)}
            onChange={(v) => {
              set(['caps', 'monthlyCents'], v);
            }}
          />
          <NumberInput
            path={`${at}.caps.contractShare`}
            label="Part du montant du marché"
            help={SHARE_HELP}
            optional
            value={asNumber(caps.contractShare)}
            onChange={(v) => {
              set(['caps', 'contractShare'], v);
            }}
          />
        </Row>
      </Group>
      <Group legend="Exonération">
        <CheckInput
          path={`${at}.exoneration`}
          label="Seuil d’exonération (pas de pénalité sous le seuil)"
          checked={exoneration !== null}
          onChange={(checked) => {
            set(['exoneration'], checked ? {} : undefined);
          }}
        />
        {exoneration === null ? null : (
          <Row>
            <NumberInput
              path={`${at}.exoneration.thresholdCents`}
              label="Seuil (centimes HT)"
              help="Vide : 100000, soit 1 000 € HT (CCAG 2021 art. 14.1.3)."
              optional
              value={asNumber(exoneration.thresholdCents)}
              onChange={(v) => {
                set(['exoneration', 'thresholdCents'], v);
              }}
            />
            <SelectInput
              path={`${at}.exoneration.scope`}
              label="Seuil apprécié"
              value={asText(exoneration.scope) || 'contract'}
              options={[
                { value: 'contract', label: 'Sur tout le marché' },
                { value: 'month', label: 'Pour chaque mois' },
              ]}
              onChange={(v) => {
                set(['exoneration', 'scope'], v);
              }}
            />
          </Row>
        )}
      </Group>
      <NumberInput
        path={`${at}.observationDays`}
        label="Jours calendaires pour présenter des observations"
        help="Vide : 15 jours (CCAG 2021 art. 14.1.1)."
        optional
        value={asNumber(penalties.observationDays)}
        onChange={(v) => {
          set(['observationDays'], v);
        }}
      />
      <Button
        onClick={() => {
          set([], undefined);
        }}
      >
        Retirer les pénalités du contrat
      </Button>
    </Part>
  );
}
