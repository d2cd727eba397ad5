import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { compileContract, type CompiledContract } from '../core/contract';
import { CONTRACT_PRESETS, contractPreset, isContractPresetId } from '../core/contract/presets';
import type { IssueHistory } from '../core/clocks';
import { fail, succeed, type Result } from '../core/result';
import { readSearchPages } from '../jira/to-issue-history';

/** Reads a JSON file; a missing file or malformed JSON is an input error that names the file. */
export function readJson(path: string, what: string): Result<unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return fail(
      'CLI.UNREADABLE_FILE',
      `${what} « ${path} » illisible : ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  try {
    return succeed(JSON.parse(text) as unknown);
  } catch (error) {
    return fail(
      'CLI.BAD_JSON',
      `${what} « ${path} » n’est pas du JSON valide : ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** `preset:ID` or a contract file; the contract is checked and compiled. */
export function loadContract(source: string): Result<CompiledContract> {
  if (source.startsWith('preset:')) {
    const id = source.slice('preset:'.length);
    if (!isContractPresetId(id)) {
      const ids = Object.keys(CONTRACT_PRESETS)
        .map((p) => `preset:${p}`)
        .join(', ');
      return fail(
        'CLI.UNKNOWN_PRESET',
        `préréglage de contrat inconnu « ${id} » : choisissez parmi ${ids}.`,
      );
    }
    return compileContract(contractPreset(id));
  }
  const json = readJson(source, 'Fichier de contrat');
  return json.ok ? compileContract(json.value) : json;
}

export interface LoadedIssues {
  readonly histories: readonly IssueHistory[];
  readonly problems: readonly {
    readonly key: string;
    readonly code: string;
    readonly message: string;
  }[];
}

/** What `POST /rest/api/3/search/jql` returns with `expand: "names,changelog"`: one page or an array of pages. */
export function loadIssues(path: string): Result<LoadedIssues> {
  const json = readJson(path, 'Fichier de tickets');
  return json.ok ? readSearchPages(json.value) : json;
}

/** The options of the commands that read a contract and a Jira export, checked the same way. */
export const CONTRACT_AND_ISSUES_ARGS = {
  contract: z.string({ error: 'indiquez --contract (preset:ID ou fichier .json)' }),
  issues: z.string({ error: 'indiquez --issues (réponse de /rest/api/3/search/jql en JSON)' }),
  positionals: z.array(z.string()).max(0, 'pas d’argument hors options'),
};
