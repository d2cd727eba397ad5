// The inputs of the Automation action "Recalculer les délais Jalon" (manifest.yml `inputs`): what
// Automation hands the configuration form and what the form gives back. No JSX: testable alone.
import { z } from 'zod';

/** The form's values; Automation stores them as the action's inputs. */
export interface ActionInputs {
  readonly issueKey: string;
  readonly jql: string;
}
type InputName = keyof ActionInputs;
const INPUT_NAMES: readonly InputName[] = ['issueKey', 'jql'];

const extensionSchema = z.object({
  data: z
    .object({
      inputs: z.object({ issueKey: z.string().optional(), jql: z.string().optional() }).catch({}),
    })
    .catch({ inputs: {} }),
  errors: z
    .object({ invalidInputs: z.record(z.string(), z.unknown()).catch({}) })
    .catch({ invalidInputs: {} }),
});

/**
 * From the module's context extension: the inputs saved with the rule (empty for a new action)
 * and the inputs Automation found invalid when it last validated the rule.
 */
export function actionSettings(extension: unknown): {
  readonly saved: ActionInputs;
  readonly invalid: readonly InputName[];
} {
  const parsed = extensionSchema.safeParse(extension);
  const inputs = parsed.success ? parsed.data.data.inputs : {};
  const invalidInputs = parsed.success ? parsed.data.errors.invalidInputs : {};
  return {
    saved: { issueKey: inputs.issueKey ?? '', jql: inputs.jql ?? '' },
    invalid: INPUT_NAMES.filter((name) => name in invalidInputs),
  };
}

/**
 * What the form submits: trimmed, and without `jql` when it is empty, since Automation checks
 * each field it receives against the input's declaration.
 */
export function actionInputs(values: Partial<ActionInputs>): { issueKey: string; jql?: string } {
  const issueKey = values.issueKey?.trim() ?? '';
  const jql = values.jql?.trim() ?? '';
  return jql === '' ? { issueKey } : { issueKey, jql };
}
