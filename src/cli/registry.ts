import type { Command } from './command';
import { calendarCommand } from './commands/calendar';
import { clocksCommand } from './commands/clocks';
import { contractCommand } from './commands/contract';
import { exportCommand } from './commands/export';
import { ordersCommand } from './commands/orders';
import { publishCommand } from './commands/publish';
import { recomputeCommand } from './commands/recompute';
import { reportCommand } from './commands/report';
import { versionCommand } from './commands/version';

/**
 * Every `jalon` command, in the order `jalon --help` lists them. To add one, write
 * `src/cli/commands/<name>.ts` exporting a `Command` (a family of sub-commands is a
 * `commandGroup` from `./group`) and add it below.
 */
export const registeredCommands: readonly Command[] = [
  calendarCommand,
  clocksCommand,
  contractCommand,
  exportCommand,
  ordersCommand,
  publishCommand,
  recomputeCommand,
  reportCommand,
  versionCommand,
];
