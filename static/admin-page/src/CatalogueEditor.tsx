// The work-unit catalogue as a form: each code with its label, family, billing unit, price and
// common options; levels, duration bands, correction rules and caps stay in the JSON part.
import Button from '@atlaskit/button/new';
import { CheckInput, Group, NumberInput, Part, Row, SelectInput, TextInput } from './inputs';
import { asList, asNumber, asObject, asText, listOfText, textOfList, usePart } from './part';

/** The billing units of the contract model (`catalogue-schema.ts`), in French. */
const BILLING = [
  ['jour', 'jour'],
  ['forfait', 'forfait'],
  ['forfait-mensuel', 'forfait mensuel'],
  ['sprint', 'sprint'],
  ['heure', 'heure'],
  ['complexite', 'par complexité'],
] as const;

const FLAGS = [
  ['onceOnly', 'Commandable une seule fois sur le marché'],
  ['priorAgreement', 'Accord préalable de l’administration'],
  ['development', 'Développement (règle des 10 %, ratios de qualité)'],
] as const;

export function CatalogueEditor() {
  const { value, at, set } = usePart('catalogue');
  if (value === undefined)
    return (
      <Part id="catalogue-titre" title="Catalogue des unités d’œuvre" prefixes={[at]}>
        <p>Ce contrat n’a pas de catalogue.</p>
        <Button
          onClick={() => {
            set([], { units: [] });
          }}
        >
          Créer le catalogue
        </Button>
      </Part>
    );
  const units = asList(asObject(value).units);
  return (
    <Part id="catalogue-titre" title="Catalogue des unités d’œuvre" prefixes={[at]}>
      {units.map((item, u) => {
        const unit = asObject(item);
        const path = `${at}.units[${String(u)}]`;
        const text = (key: string, label: string, optional = false, width?: string) => (
          <TextInput
            path={`${path}.${key}`}
            label={label}
            value={asText(unit[key])}
            {...(width === undefined ? {} : { width })}
            onChange={(v) => {
              set(['units', u, key], optional && v === '' ? undefined : v);
            }}
          />
        );
        return (
          <Group key={path} legend={`Unité d’œuvre ${asText(unit.code)}`} path={path}>
            <Row>
              {text('code', 'Code')}
              {text('label', 'Libellé', false, '28rem')}
              {text('family', 'Famille')}
              <SelectInput
                path={`${path}.billing`}
                label="Unité de facturation"
                value={asText(unit.billing)}
                options={BILLING.map(([value, label]) => ({ value, label }))}
                onChange={(v) => {
                  set(['units', u, 'billing'], v);
                }}
              />
            </Row>
            <Row>
              <NumberInput
                path={`${path}.unitPrice`}
                label="Prix unitaire (centimes HT)"
                help="Vide tant que le BPU n’est pas connu."
                optional
                value={asNumber(unit.unitPrice)}
                onChange={(v) => {
                  set(['units', u, 'unitPrice'], v);
                }}
              />
              <NumberInput
                path={`${path}.quantityStep`}
                label="Pas de quantité"
                help="Vide : 0,5."
                optional
                value={asNumber(unit.quantityStep)}
                onChange={(v) => {
                  set(['units', u, 'quantityStep'], v);
                }}
              />
              <NumberInput
                path={`${path}.deliveryWorkingDays`}
                label="Délai de livraison (jours ouvrés)"
                optional
                value={asNumber(unit.deliveryWorkingDays)}
                onChange={(v) => {
                  set(['units', u, 'deliveryWorkingDays'], v);
                }}
              />
              {text('expertise', 'Niveau (expertise)', true)}
              {text('source', 'Source', true)}
            </Row>
            <TextInput
              path={`${path}.prerequisites`}
              label="Prérequis (codes séparés par des virgules)"
              value={textOfList(unit.prerequisites)}
              nested
              onChange={(v) => {
                set(['units', u, 'prerequisites'], listOfText(v));
              }}
            />
            {FLAGS.map(([key, label]) => (
              <CheckInput
                key={key}
                path={`${path}.${key}`}
                label={label}
                checked={unit[key] === true}
                onChange={(checked) => {
                  set(['units', u, key], checked ? true : undefined);
                }}
              />
            ))}
            <Button
              onClick={() => {
                set(
                  ['units'],
                  units.filter((_, k) => k !== u),
                );
              }}
            >{`Retirer l’unité d’œuvre ${asText(unit.code)}`}</Button>
          </Group>
        );
      })}
      <Button
        onClick={() => {
          set(['units', units.length], { code: '', family: '', label: '', billing: 'jour' });
        }}
      >
        Ajouter une unité d’œuvre
      </Button>
    </Part>
  );
}
