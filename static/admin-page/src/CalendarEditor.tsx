// The calendars of the version: weekly windows, public holidays, closures.
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { useEditing, useVersion, type CalendarDraft } from './draft';
import { CheckInput, Group, NumberInput, Row, TextInput } from './inputs';

const DAYS = [
  ['mon', 'lundi'],
  ['tue', 'mardi'],
  ['wed', 'mercredi'],
  ['thu', 'jeudi'],
  ['fri', 'vendredi'],
  ['sat', 'samedi'],
  ['sun', 'dimanche'],
] as const;

type Day = (typeof DAYS)[number][0];

function CalendarForm({
  id,
  calendar,
  at,
}: {
  readonly id: string;
  readonly calendar: CalendarDraft;
  readonly at: string;
}) {
  const { change, version } = useEditing();
  const path = `${at}.calendars.${id}`;
  const edit = (f: (c: CalendarDraft) => void): void => {
    change((draft) => {
      const found = draft.versions[version]?.calendars[id];
      if (found !== undefined) f(found);
    });
  };
  const closures = calendar.closures ?? [];
  const holidays = calendar.holidays ?? {};
  return (
    <Group legend={`Calendrier « ${id} »`} path={path}>
      <Row>
        <TextInput
          path={`${path}.label`}
          label="Libellé"
          value={calendar.label ?? ''}
          width="28rem"
          onChange={(v) => {
            edit((c) => {
              c.label = v;
            });
          }}
        />
        <TextInput
          path={`${path}.zone`}
          label="Fuseau horaire"
          value={calendar.zone ?? ''}
          help="Par exemple Europe/Paris."
          onChange={(v) => {
            edit((c) => {
              c.zone = v === '' ? undefined : v;
            });
          }}
        />
        <NumberInput
          path={`${path}.hoursPerDay`}
          label="Heures par jour"
          value={calendar.hoursPerDay}
          help="Ce que vaut « 1 jour » en heures ouvrées."
          onChange={(v) => {
            edit((c) => {
              c.hoursPerDay = v as number;
            });
          }}
        />
      </Row>
      <h4 style={{ margin: `${token('space.100', '8px')} 0` }}>Plages hebdomadaires</h4>
      {calendar.windows.map((window, w) => {
        const wPath = `${path}.windows[${String(w)}]`;
        return (
          <Group key={wPath} legend={`Plage ${String(w + 1)}`} path={wPath}>
            <Group legend="Jours" path={`${wPath}.days`}>
              <Row>
                {DAYS.map(([code, name]) => (
                  <CheckInput
                    key={code}
                    path={`${wPath}.days.${code}`}
                    label={name}
                    checked={(window.days as readonly string[]).includes(code)}
                    onChange={(on) => {
                      edit((c) => {
                        const target = c.windows[w];
                        if (target === undefined) return;
                        const set = new Set<Day>(target.days);
                        if (on) set.add(code);
                        else set.delete(code);
                        target.days = DAYS.map(([d]) => d).filter((d) => set.has(d));
                      });
                    }}
                  />
                ))}
              </Row>
            </Group>
            <Row>
              <TextInput
                path={`${wPath}.from`}
                label="Début (HH:MM)"
                value={window.from}
                onChange={(v) => {
                  edit((c) => {
                    const t = c.windows[w];
                    if (t !== undefined) t.from = v;
                  });
                }}
              />
              <TextInput
                path={`${wPath}.to`}
                label="Fin (HH:MM)"
                value={window.to}
                onChange={(v) => {
                  edit((c) => {
                    const t = c.windows[w];
                    if (t !== undefined) t.to = v;
                  });
                }}
              />
              <Button
                appearance="subtle"
                onClick={() => {
                  edit((c) => {
                    c.windows.splice(w, 1);
                  });
                }}
              >{`Retirer la plage ${String(w + 1)}`}</Button>
            </Row>
          </Group>
        );
      })}
      <Button
        onClick={() => {
          edit((c) => {
            c.windows.push({
              days: ['mon', 'tue', 'wed', 'thu', 'fri'],
              from: '09:00',
              to: '18:00',
            });
          });
        }}
      >
        Ajouter une plage
      </Button>
      <h4 style={{ margin: `${token('space.200', '16px')} 0 ${token('space.100', '8px')}` }}>
        Jours fériés
      </h4>
      <Row>
        <TextInput
          path={`${path}.holidays.region`}
          label="Zone des jours fériés"
          value={holidays.region ?? 'metropole'}
          help="metropole, alsace-moselle, guadeloupe, martinique, guyane, reunion, mayotte…"
          onChange={(v) => {
            edit((c) => {
              c.holidays = { ...c.holidays, region: v };
            });
          }}
        />
        <CheckInput
          path={`${path}.holidays.worked`}
          label="Jours fériés travaillés"
          checked={holidays.worked ?? false}
          onChange={(on) => {
            edit((c) => {
              c.holidays = { ...c.holidays, worked: on };
            });
          }}
        />
        <CheckInput
          path={`${path}.holidays.goodFriday`}
          label="Vendredi saint férié"
          checked={holidays.goodFriday ?? false}
          onChange={(on) => {
            edit((c) => {
              c.holidays = { ...c.holidays, goodFriday: on };
            });
          }}
        />
      </Row>
      <h4 style={{ margin: `${token('space.200', '16px')} 0 ${token('space.100', '8px')}` }}>
        Fermetures
      </h4>
      {closures.length === 0 ? <p>Aucune fermeture.</p> : null}
      {closures.map((closure, k) => {
        const cPath = `${path}.closures[${String(k)}]`;
        const set = (f: (target: { from: string; to: string; label: string }) => void): void => {
          edit((c) => {
            const target = c.closures?.[k];
            if (target !== undefined) f(target);
          });
        };
        return (
          <Group key={cPath} legend={`Fermeture ${String(k + 1)}`} path={cPath}>
            <Row>
              <TextInput
                path={`${cPath}.from`}
                label="Du (AAAA-MM-JJ)"
                value={closure.from}
                onChange={(v) => {
                  set((t) => {
                    t.from = v;
                  });
                }}
              />
              <TextInput
                path={`${cPath}.to`}
                label="Au (AAAA-MM-JJ)"
                value={closure.to}
                onChange={(v) => {
                  set((t) => {
                    t.to = v;
                  });
                }}
              />
              <TextInput
                path={`${cPath}.label`}
                label="Motif"
                value={closure.label}
                width="20rem"
                onChange={(v) => {
                  set((t) => {
                    t.label = v;
                  });
                }}
              />
              <Button
                appearance="subtle"
                onClick={() => {
                  edit((c) => {
                    c.closures?.splice(k, 1);
                  });
                }}
              >{`Retirer la fermeture ${String(k + 1)}`}</Button>
            </Row>
          </Group>
        );
      })}
      <Button
        onClick={() => {
          edit((c) => {
            c.closures = [...(c.closures ?? []), { from: '', to: '', label: '' }];
          });
        }}
      >
        Ajouter une fermeture
      </Button>
    </Group>
  );
}

export function CalendarEditor() {
  const { version, at } = useVersion();
  return (
    <section aria-labelledby="calendriers-titre">
      <h3 id="calendriers-titre">Calendriers</h3>
      {Object.entries(version.calendars).map(([id, calendar]) => (
        <CalendarForm key={id} id={id} calendar={calendar} at={at} />
      ))}
    </section>
  );
}
