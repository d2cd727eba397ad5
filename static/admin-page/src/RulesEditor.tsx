// Status roles, clocks and their goals, and the parts edited as JSON: catalogue, indicators,
// penalties.
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { useState } from 'react';
import Textfield from '@atlaskit/textfield';
import { useEditing, useVersion, type VersionDraft } from './draft';
import { Group, NumberInput, Part, Row, SelectInput, TextInput } from './inputs';
import { JsonInput } from './JsonInput';

const ROLES = [
  ['todo', 'À faire'],
  ['in-progress', 'En cours'],
  ['waiting-information', 'Attente d’information de l’administration'],
  ['validation', 'Validation par l’administration'],
  ['resolved', 'Résolu'],
  ['closed', 'Fermé'],
  ['other', 'Autre'],
] as const;

type Role = (typeof ROLES)[number][0];
type Clock = VersionDraft['clocks'][number];
type Target = Clock['goals'][number]['target'];

const TARGETS = [
  ['hours', 'Heures ouvrées'],
  ['days', 'Jours (en heures ouvrées)'],
  ['workingDays', 'Jours ouvrés (échéance datée)'],
  ['sprint', 'Sprint suivant'],
  ['none', 'Aucun objectif'],
] as const;

type TargetKind = (typeof TARGETS)[number][0];

const kindOf = (target: Target): TargetKind => Object.keys(target)[0] as TargetKind;

function targetOf(kind: TargetKind, amount: number): Target {
  if (kind === 'sprint') return { sprint: 'next' };
  if (kind === 'none') return { none: true };
  if (kind === 'hours') return { hours: amount };
  if (kind === 'days') return { days: amount };
  return { workingDays: amount };
}

export function StatusRoles() {
  const { change, version: index } = useEditing();
  const { version, at } = useVersion();
  const [name, setName] = useState('');
  return (
    <Part id="roles-titre" title="Rôles des statuts" prefixes={[`${at}.statuses`]}>
      <p>
        Ce que chaque statut Jira signifie pour les délais (les attentes de l’administration
        suspendent le décompte).
      </p>
      <Row>
        {Object.entries(version.statuses).map(([status, role]) => (
          <SelectInput
            key={status}
            path={`${at}.statuses.${status}`}
            label={status}
            value={role}
            options={ROLES.map(([value, label]) => ({ value, label }))}
            onChange={(value) => {
              change((d) => {
                const v = d.versions[index];
                if (v !== undefined) v.statuses[status] = value as Role;
              });
            }}
          />
        ))}
      </Row>
      <Row>
        <div>
          <label htmlFor="nouveau-statut" style={{ display: 'block', fontWeight: 600 }}>
            Nouveau statut
          </label>
          <Textfield
            id="nouveau-statut"
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value);
            }}
          />
        </div>
        <Button
          isDisabled={name.trim() === ''}
          onClick={() => {
            change((d) => {
              const v = d.versions[index];
              if (v !== undefined) v.statuses[name.trim()] = 'other';
            });
            setName('');
          }}
        >
          Ajouter le statut
        </Button>
      </Row>
    </Part>
  );
}

function ClockForm({ clock, c }: { readonly clock: Clock; readonly c: number }) {
  const { change, version: index } = useEditing();
  const { version, at } = useVersion();
  const path = `${at}.clocks[${String(c)}]`;
  const edit = (f: (target: Clock) => void): void => {
    change((d) => {
      const found = d.versions[index]?.clocks[c];
      if (found !== undefined) f(found);
    });
  };
  const calendars = Object.keys(version.calendars).map((id) => ({ value: id, label: id }));
  return (
    <Group legend={`Délai « ${clock.label} » (${clock.id})`} path={path}>
      <Row>
        <TextInput
          path={`${path}.label`}
          label="Libellé"
          value={clock.label}
          width="24rem"
          onChange={(v) => {
            edit((t) => {
              t.label = v;
            });
          }}
        />
        {typeof clock.calendar === 'string' ? (
          <SelectInput
            path={`${path}.calendar`}
            label="Calendrier"
            value={clock.calendar}
            options={calendars}
            onChange={(v) => {
              edit((t) => {
                t.calendar = v;
              });
            }}
          />
        ) : (
          <p>Calendrier choisi par le champ « {clock.calendar.field} ».</p>
        )}
      </Row>
      <JsonInput
        path={`${path}.pause`}
        label="Condition de pause (JSON)"
        value={clock.pause}
        rows={3}
        onChange={(v) => {
          edit((t) => {
            t.pause = v as Clock['pause'];
          });
        }}
      />
      <JsonInput
        path={`${path}.stop`}
        label="Condition d’arrêt (JSON)"
        value={clock.stop}
        rows={3}
        onChange={(v) => {
          edit((t) => {
            t.stop = v as Clock['stop'];
          });
        }}
      />
      <h4 style={{ margin: `${token('space.100', '8px')} 0` }}>
        Objectifs (le premier qui s’applique l’emporte)
      </h4>
      {clock.goals.map((goal, g) => {
        const gPath = `${path}.goals[${String(g)}]`;
        const kind = kindOf(goal.target);
        const amount: unknown = Object.values(goal.target)[0];
        return (
          <Group key={gPath} legend={`Objectif ${String(g + 1)}`} path={gPath}>
            <Row>
              <SelectInput
                path={`${gPath}.target`}
                label="Nature de l’objectif"
                value={kind}
                options={TARGETS.map(([value, label]) => ({ value, label }))}
                onChange={(v) => {
                  edit((t) => {
                    const target = t.goals[g];
                    if (target !== undefined)
                      target.target = targetOf(
                        v as TargetKind,
                        typeof amount === 'number' ? amount : 1,
                      );
                  });
                }}
              />
              {typeof amount === 'number' ? (
                <NumberInput
                  path={`${gPath}.target.${kind}`}
                  label="Valeur"
                  value={amount}
                  onChange={(v) => {
                    edit((t) => {
                      const target = t.goals[g];
                      if (target !== undefined) target.target = targetOf(kind, v as number);
                    });
                  }}
                />
              ) : null}
            </Row>
            <JsonInput
              path={`${gPath}.when`}
              label="S’applique quand (JSON, vide : toujours)"
              value={goal.when}
              rows={2}
              onChange={(v) => {
                edit((t) => {
                  const target = t.goals[g];
                  if (target !== undefined) target.when = v as Clock['goals'][number]['when'];
                });
              }}
            />
          </Group>
        );
      })}
    </Group>
  );
}

export function ClocksEditor() {
  const { version, at } = useVersion();
  return (
    <Part id="delais-titre" title="Délais et objectifs" prefixes={[`${at}.clocks`]}>
      {version.clocks.map((clock, c) => (
        <ClockForm key={clock.id} clock={clock} c={c} />
      ))}
    </Part>
  );
}

/**
 * Catalogue, orders, indicators and penalties as JSON, with their problems at the field: what the
 * forms do not cover (levels, correction rules, conditions) and a faster way for those who know
 * the shape.
 */
export function JsonParts() {
  const { change, version: index } = useEditing();
  const { version, at } = useVersion();
  const set = (key: 'catalogue' | 'indicators' | 'penalties' | 'orders', value: unknown): void => {
    change((d) => {
      const v = d.versions[index];
      // The JSON parts are checked by the contract model at the preview, not here.
      if (v !== undefined) (v as Record<string, unknown>)[key] = value;
    });
  };
  return (
    <Part
      id="regles-titre"
      title="Avancé : catalogue, commandes, indicateurs et pénalités en JSON"
      prefixes={[`${at}.orders`]}
    >
      <JsonInput
        path={`${at}.catalogue`}
        label="Catalogue des unités d’œuvre (JSON)"
        value={version.catalogue}
        rows={8}
        onChange={(v) => {
          set('catalogue', v);
        }}
      />
      <JsonInput
        path={`${at}.orders`}
        label="Suivi des commandes (JSON)"
        value={version.orders}
        rows={6}
        onChange={(v) => {
          set('orders', v);
        }}
      />
      <JsonInput
        path={`${at}.indicators`}
        label="Indicateurs (JSON)"
        value={version.indicators}
        rows={8}
        onChange={(v) => {
          set('indicators', v);
        }}
      />
      <JsonInput
        path={`${at}.penalties`}
        label="Pénalités (JSON)"
        value={version.penalties}
        rows={6}
        help="Les montants viennent du CCAP : Jalon n’en invente aucun."
        onChange={(v) => {
          set('penalties', v);
        }}
      />
    </Part>
  );
}
