// Configuration form of the Automation action "Recalculer les délais Jalon" (UI Kit). Automation
// keeps what `view.submit` receives: every change is submitted so switching steps loses nothing,
// and its "Suivant" button submits the form. Only the manifest's inputs are sent.
import { view } from '@forge/bridge';
import ForgeReconciler, {
  ErrorMessage,
  Form,
  FormSection,
  HelperMessage,
  Label,
  SectionMessage,
  Text,
  TextArea,
  Textfield,
  useForm,
  useProductContext,
} from '@forge/react';
import { useEffect, useMemo, useState } from 'react';
import { actionInputs, actionSettings, type ActionInputs } from './action-inputs';

interface FieldEvent {
  readonly target: { readonly value?: unknown };
}

function textOf(event: FieldEvent): string {
  return typeof event.target.value === 'string' ? event.target.value : '';
}

function ActionConfigForm({ saved, invalid }: ReturnType<typeof actionSettings>) {
  const { handleSubmit, register, getValues, getFieldId, formState, trigger } =
    useForm<ActionInputs>({ defaultValues: saved });
  const [unsaved, setUnsaved] = useState(false);

  // Automation says which saved inputs it rejected: show them at once.
  useEffect(() => {
    if (invalid.length > 0) void trigger(invalid);
  }, [invalid, trigger]);

  const submit = (values: Partial<ActionInputs>) => {
    view.submit(actionInputs(values)).then(
      () => {
        setUnsaved(false);
      },
      () => {
        setUnsaved(true);
      },
    );
  };
  const issueKey = register('issueKey', {
    required: { value: true, message: 'Indiquez la clé du ticket à recalculer.' },
  });
  const jql = register('jql');
  const issueKeyError = formState.errors.issueKey?.message;

  return (
    <Form onSubmit={handleSubmit(submit)}>
      <FormSection>
        <Label labelFor={getFieldId('issueKey')}>Clé du ticket (obligatoire)</Label>
        <Textfield
          {...issueKey}
          placeholder="{{issue.key}}"
          onChange={(event: FieldEvent) => {
            issueKey.onChange(event);
            submit({ ...getValues(), issueKey: textOf(event) });
          }}
        />
        {issueKeyError === undefined ? (
          <HelperMessage>
            Une clé comme DEM-12, ou la valeur intelligente {'{{issue.key}}'} pour le ticket de la
            règle.
          </HelperMessage>
        ) : (
          <ErrorMessage>{issueKeyError}</ErrorMessage>
        )}
        <Label labelFor={getFieldId('jql')}>Requête JQL (facultatif)</Label>
        <TextArea
          {...jql}
          placeholder="project = DEM AND statusCategory != Done"
          onChange={(event: FieldEvent) => {
            jql.onChange(event);
            submit({ ...getValues(), jql: textOf(event) });
          }}
        />
        <HelperMessage>
          Les tickets que la requête sélectionne sont recalculés en plus du ticket ci-dessus.
        </HelperMessage>
      </FormSection>
      {unsaved ? (
        <SectionMessage appearance="warning" title="Configuration non transmise">
          <Text>
            Automation n’a pas reçu la dernière modification : modifiez un champ à nouveau.
          </Text>
        </SectionMessage>
      ) : null}
    </Form>
  );
}

function ActionConfig() {
  const context = useProductContext();
  // One settings object per context, so the form's validation effect runs once.
  const settings = useMemo(() => context && actionSettings(context.extension), [context]);
  if (settings === undefined) return <Text>Chargement de la configuration…</Text>;
  return <ActionConfigForm {...settings} />;
}

ForgeReconciler.render(<ActionConfig />);
