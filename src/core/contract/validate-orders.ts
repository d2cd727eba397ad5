import type { Issue } from '../result';
import type { ContractVersion, FieldDefinition } from './contract-schema';

/** A problem found in a contract, with its stable code and JSON path. */
export interface Problem extends Issue {
  readonly code: string;
}

function checkCatalogue(version: ContractVersion, path: string, problems: Problem[]): void {
  const catalogue = version.catalogue;
  if (catalogue === undefined) return;
  const codes = new Set<string>();
  catalogue.units.forEach((unit, u) => {
    const at = `${path}.catalogue.units[${String(u)}]`;
    if (codes.has(unit.code))
      problems.push({
        code: 'CONTRACT.DUPLICATE_CODE',
        path: `${at}.code`,
        message: `Le code « ${unit.code} » figure deux fois au catalogue : gardez-en un seul.`,
      });
    codes.add(unit.code);
    const levels = new Set<string>();
    unit.levels?.forEach((level, l) => {
      if (levels.has(level.id))
        problems.push({
          code: 'CONTRACT.DUPLICATE_LEVEL',
          path: `${at}.levels[${String(l)}].id`,
          message: `Le niveau « ${level.id} » figure deux fois pour ${unit.code}.`,
        });
      levels.add(level.id);
    });
    const band = unit.durationBand;
    if (band?.minDays !== undefined && band.maxDays !== undefined && band.minDays > band.maxDays)
      problems.push({
        code: 'CONTRACT.DURATION_BAND',
        path: `${at}.durationBand`,
        message: `Tranche de durée inversée pour ${unit.code} : minDays (${String(band.minDays)}) dépasse maxDays (${String(band.maxDays)}).`,
      });
  });
  catalogue.units.forEach((unit, u) => {
    unit.prerequisites?.forEach((code, p) => {
      if (!codes.has(code))
        problems.push({
          code: 'CONTRACT.UNKNOWN_CODE',
          path: `${path}.catalogue.units[${String(u)}].prerequisites[${String(p)}]`,
          message: `Le prérequis « ${code} » de ${unit.code} n'est pas au catalogue.`,
        });
    });
  });
  catalogue.caps.forEach((cap, c) => {
    cap.codes.forEach((code, i) => {
      if (!codes.has(code))
        problems.push({
          code: 'CONTRACT.UNKNOWN_CODE',
          path: `${path}.catalogue.caps[${String(c)}].codes[${String(i)}]`,
          message: `Le plafond « ${cap.label} » vise le code « ${code} », absent du catalogue.`,
        });
    });
  });
}

function checkField(
  version: ContractVersion,
  key: string | undefined,
  kinds: readonly FieldDefinition['kind'][],
  path: string,
  problems: Problem[],
): void {
  if (key === undefined) return;
  const field = version.fields[key];
  if (field === undefined)
    problems.push({
      code: 'CONTRACT.UNKNOWN_FIELD',
      path,
      message: `Le champ « ${key} » n'est pas déclaré dans fields : ajoutez-le ou corrigez la référence.`,
    });
  else if (!kinds.includes(field.kind))
    problems.push({
      code: 'CONTRACT.FIELD_KIND',
      path,
      message: `Le champ « ${key} » est de type « ${field.kind} » ; attendu : ${kinds.join(' ou ')}.`,
    });
}

/** Checks the orders configuration against the version's categories, fields, statuses, clocks and catalogue. */
export function checkOrders(version: ContractVersion, path: string, problems: Problem[]): void {
  checkCatalogue(version, path, problems);
  const orders = version.orders;
  if (orders === undefined) return;
  const at = `${path}.orders`;
  if (version.catalogue === undefined)
    problems.push({
      code: 'CONTRACT.NO_CATALOGUE',
      path: at,
      message:
        'Le suivi des commandes demande le catalogue des unités d’œuvre : renseignez catalogue.',
    });
  const categories = new Set(version.categories.map((c) => c.id));
  const checkCategories = (ids: readonly string[], where: string): void => {
    ids.forEach((id, i) => {
      if (!categories.has(id))
        problems.push({
          code: 'CONTRACT.UNKNOWN_CATEGORY',
          path: `${where}[${String(i)}]`,
          message: `La catégorie « ${id} » n'existe pas : choisissez parmi ${[...categories].join(', ')}.`,
        });
    });
  };
  checkCategories(orders.categories, `${at}.categories`);
  if (!Object.hasOwn(version.calendars, orders.calendar))
    problems.push({
      code: 'CONTRACT.UNKNOWN_CALENDAR',
      path: `${at}.calendar`,
      message: `Le calendrier « ${orders.calendar} » n'est pas déclaré dans calendars.`,
    });
  const checkStatuses = (names: readonly string[], where: string): void => {
    names.forEach((name, i) => {
      if (!Object.hasOwn(version.statuses, name))
        problems.push({
          code: 'CONTRACT.UNKNOWN_STATUS',
          path: `${where}[${String(i)}]`,
          message: `Le statut « ${name} » n'est pas déclaré dans statuses.`,
        });
    });
  };
  for (const [step, source] of Object.entries(orders.steps)) {
    const own = 'linked' in source ? source.linked.date : source;
    const where = `${at}.steps.${step}${'linked' in source ? '.linked.date' : ''}`;
    if ('enters' in own) checkStatuses(own.enters, `${where}.enters`);
    if ('field' in own)
      checkField(version, own.field, ['date', 'datetime'], `${where}.field`, problems);
  }
  if (orders.refusal !== undefined) {
    checkStatuses(orders.refusal.from, `${at}.refusal.from`);
    checkStatuses(orders.refusal.to, `${at}.refusal.to`);
  }
  checkField(version, orders.urgent?.field, ['option', 'text'], `${at}.urgent.field`, problems);
  checkField(version, orders.orderNumberField, ['text'], `${at}.orderNumberField`, problems);
  checkField(
    version,
    orders.plannedDeliveryField,
    ['date', 'datetime'],
    `${at}.plannedDeliveryField`,
    problems,
  );
  checkField(version, orders.projectField, ['option', 'text'], `${at}.projectField`, problems);
  for (const [document, key] of Object.entries(orders.documents))
    checkField(version, key, ['text'], `${at}.documents.${document}`, problems);
  const clocks = new Set(version.clocks.map((c) => c.id));
  const deadlineClocks: [string, string | undefined][] = [
    ...Object.entries(orders.deadlines).map(
      ([step, id]) => [`deadlines.${step}`, id] as [string, string],
    ),
    ['tacitAcceptance', orders.tacitAcceptance],
  ];
  for (const [where, id] of deadlineClocks) {
    if (id !== undefined && !clocks.has(id))
      problems.push({
        code: 'CONTRACT.UNKNOWN_CLOCK',
        path: `${at}.${where}`,
        message: `L'horloge « ${id} » n'est pas déclarée dans clocks.`,
      });
  }
  const envelope = orders.envelope;
  if (envelope !== undefined) {
    if (
      version.catalogue !== undefined &&
      !version.catalogue.units.some((u) => u.code === envelope.code)
    )
      problems.push({
        code: 'CONTRACT.UNKNOWN_CODE',
        path: `${at}.envelope.code`,
        message: `Le code d'enveloppe « ${envelope.code} » n'est pas au catalogue.`,
      });
    checkCategories(envelope.categories, `${at}.envelope.categories`);
    checkField(
      version,
      envelope.estimateField,
      ['number'],
      `${at}.envelope.estimateField`,
      problems,
    );
    checkField(
      version,
      envelope.validatedField,
      ['number'],
      `${at}.envelope.validatedField`,
      problems,
    );
  }
}
