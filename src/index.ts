// Forge handlers named in manifest.yml (`index.<export>`). This file only re-exports.
export { ping } from './forge/ping';
export { onAutomationAction, onIssueEvent, onWebtrigger, resolver } from './forge/entry';
