import { runCalendarBench } from './calendar.bench';
import { formatCalendarReport, missedTargetsMessage } from './support/calendar-report';

/** `npm run bench -- <name> [--json]`: benchmarks report figures and never fail the build. */
interface Benchmark {
  readonly description: string;
  /** Runs the benchmark; returns the JSON report, the readable text and the missed-target note. */
  readonly run: () => { json: object; text: string; missed: string | null };
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
};

function usage(problem: string): string {
  const list = Object.entries(BENCHMARKS).map(([name, bench]) => `  ${name}  ${bench.description}`);
  return [
    problem,
    'Utilisation / usage: npm run bench -- <benchmark> [--json]',
    'Benchmarks disponibles / available benchmarks:',
    ...list,
    '',
  ].join('\n');
}

function main(args: readonly string[]): number {
  const [name, ...flags] = args;
  const unknownFlag = flags.find((flag) => flag !== '--json');
  if (unknownFlag !== undefined) {
    process.stderr.write(usage(`Option inconnue / unknown option: ${unknownFlag}`));
    return 2;
  }
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
  const outcome = bench.run();
  if (flags.includes('--json')) {
    process.stdout.write(`${JSON.stringify(outcome.json)}\n`);
    if (outcome.missed !== null) process.stderr.write(`${outcome.missed}\n`);
  } else {
    process.stdout.write(`${outcome.text}\n`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
