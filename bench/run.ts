import { runCalendarBench } from './calendar.bench';
import {
  formatClocksReport,
  missedClocksTargets,
  parseClocksOptions,
  runClocksBench,
} from './clocks.bench';
import {
  formatReportBench,
  missedReportTargets,
  parseReportOptions,
  runReportBench,
} from './report.bench';
import { formatPublishBench, missedPublishTargets, runPublishBench } from './publish.bench';
import { formatCalendarReport, missedTargetsMessage } from './support/calendar-report';

type Outcome = { json: object; text: string; missed: string | null } | { problem: string };

/** `npm run bench -- <name> [--json]`: benchmarks report figures and never fail the build. */
interface Benchmark {
  readonly description: string;
  /** Options taking a value (`--issues 1000`), with their help text. */
  readonly options?: Readonly<Record<string, string>>;
  /**
   * Runs the benchmark with the values of its options; returns the JSON report, the readable
   * text and the missed-target note, or the problem with the options.
   */
  readonly run: (options: Readonly<Record<string, string>>) => Outcome | Promise<Outcome>;
}

const BENCHMARKS: Readonly<Record<string, Benchmark>> = {
  calendar: {
    description:
      'business-time engine vs a luxon day loop / moteur de temps ouvré contre une boucle par jour',
    run: () => {
      const report = runCalendarBench();
      const missed = report.targets.filter((target) => !target.pass);
      return {
        json: report,
        text: formatCalendarReport(report),
        missed: missed.length > 0 ? missedTargetsMessage(missed) : null,
      };
    },
  },
  clocks: {
    description:
      'every clock of 100,000 synthetic demat-ads issues, streamed / toutes les horloges de 100 000 tickets synthétiques',
    options: { '--issues': 'N  issues to evaluate (default 100000) / nombre de tickets' },
    run: (options) => {
      const parsed = parseClocksOptions(options);
      if ('problem' in parsed) return parsed;
      const report = runClocksBench(parsed);
      return {
        json: report,
        text: formatClocksReport(report),
        missed: missedClocksTargets(report),
      };
    },
  },
  publish: {
    description:
      'one month published from the sandbox for 1,000, 10,000 and 50,000 issues / publication d’un mois depuis le bac à sable',
    run: async () => {
      const report = await runPublishBench();
      return {
        json: report,
        text: formatPublishBench(report),
        missed: missedPublishTargets(report),
      };
    },
  },
  report: {
    description:
      'storage, HTML and CSV of a synthetic month of 10,000 issues / page, aperçu et CSV d’un mois de 10 000 tickets',
    options: { '--issues': 'N  issues in the month (default 10000) / nombre de tickets' },
    run: (options) => {
      const parsed = parseReportOptions(options);
      if ('problem' in parsed) return parsed;
      const report = runReportBench(parsed);
      return {
        json: report,
        text: formatReportBench(report),
        missed: missedReportTargets(report),
      };
    },
  },
};

function usage(problem: string): string {
  const list = Object.entries(BENCHMARKS).flatMap(([name, bench]) => [
    `  ${name}  ${bench.description}`,
    ...Object.entries(bench.options ?? {}).map(([option, help]) => `      ${option} ${help}`),
  ]);
  return [
    problem,
    'Utilisation / usage: npm run bench -- <benchmark> [--json] [options]',
    'Benchmarks disponibles / available benchmarks:',
    ...list,
    '',
  ].join('\n');
}

/** `--json` and the benchmark's own options with their values, or the first wrong flag. */
function parseFlags(
  flags: readonly string[],
  accepted: readonly string[],
): { json: boolean; options: Record<string, string> } | { problem: string } {
  const options: Record<string, string> = {};
  let json = false;
  for (let i = 0; i < flags.length; i += 1) {
    const flag = flags[i] ?? '';
    const value = flags[i + 1];
    if (flag === '--json') json = true;
    else if (!accepted.includes(flag))
      return { problem: `Option inconnue / unknown option: ${flag}` };
    else if (value === undefined) return { problem: `Valeur manquante / missing value: ${flag}` };
    else {
      options[flag] = value;
      i += 1;
    }
  }
  return { json, options };
}

async function main(args: readonly string[]): Promise<number> {
  const [name, ...flags] = args;
  const bench =
    name !== undefined && Object.hasOwn(BENCHMARKS, name) ? BENCHMARKS[name] : undefined;
  if (bench === undefined) {
    const problem =
      name === undefined
        ? 'Benchmark manquant / missing benchmark name'
        : `Benchmark inconnu / unknown benchmark: ${name}`;
    process.stderr.write(usage(problem));
    return 2;
  }
  const parsed = parseFlags(flags, Object.keys(bench.options ?? {}));
  const outcome = 'problem' in parsed ? parsed : await bench.run(parsed.options);
  if ('problem' in outcome) {
    process.stderr.write(usage(outcome.problem));
    return 2;
  }
  if ('json' in parsed && parsed.json) {
    process.stdout.write(`${JSON.stringify(outcome.json)}\n`);
    if (outcome.missed !== null) process.stderr.write(`${outcome.missed}\n`);
  } else {
    process.stdout.write(`${outcome.text}\n`);
  }
  return 0;
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
