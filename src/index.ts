// Forge handlers named in manifest.yml (`index.<export>`). This file only re-exports.
export { ping } from './forge/ping';
export {
  onAutomationAction,
  onDailyCheck,
  onHourlyRefresh,
  onIssueEvent,
  onQueueEvent,
  onWebtrigger,
  resolver,
} from './forge/entry';
