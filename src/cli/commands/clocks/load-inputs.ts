import { z } from 'zod';
import { adjustmentSchema, type Adjustment } from '../../../core/clocks';
import { succeed, type Result } from '../../../core/result';
import { parseWith } from '../../../core/validation';
import { readJson } from '../../inputs';

export function loadAdjustments(path: string | undefined): Result<readonly Adjustment[]> {
  if (path === undefined) return succeed([]);
  const json = readJson(path, 'Fichier d’ajustements');
  if (!json.ok) return json;
  return parseWith(z.array(adjustmentSchema), json.value, 'CLI.BAD_ADJUSTMENTS', 'Ajustements');
}
