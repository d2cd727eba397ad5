// Dependency rule of DESIGN.md §2, checked by `npm run deps:check`.
const TEST_FILE = '\\.test\\.ts$';
// The pure libraries the core may use. @types/luxon is where type-only imports of luxon resolve.
const CORE_LIBS = '^node_modules/(luxon|zod|@types/luxon)/';
const FORGE = '^(node_modules/)?@forge/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      severity: 'error',
      comment:
        'src/core imports only src/core and luxon and zod: no node: builtins, no @forge/*, no adapters.',
      from: { path: '^src/core/', pathNot: TEST_FILE },
      to: { pathNot: ['^src/core/', CORE_LIBS] },
    },
    {
      name: 'core-tests-are-pure',
      severity: 'error',
      comment: 'Core tests may add fast-check and the helpers under test/, nothing else.',
      from: { path: `^src/core/.+${TEST_FILE}` },
      to: { pathNot: ['^src/core/', CORE_LIBS, '^node_modules/fast-check/', '^test/'] },
    },
    {
      name: 'render-imports-only-core',
      severity: 'error',
      comment:
        'src/render turns core models into text: it imports src/core and pure libraries only.',
      from: { path: '^src/render/', pathNot: TEST_FILE },
      to: { pathNot: ['^src/(render|core)/', CORE_LIBS] },
    },
    {
      name: 'adapters-do-not-import-entry-points',
      severity: 'error',
      comment: 'src/jira, src/confluence, src/platform serve use cases; they never import them.',
      from: { path: '^src/(jira|confluence|platform)/' },
      to: { path: '^src/(app|forge|cli|sandbox)/' },
    },
    {
      name: 'app-uses-ports',
      severity: 'error',
      comment: 'Use cases see ports and core only; Forge, the CLI and the sandbox wire adapters.',
      from: { path: '^src/app/' },
      to: { path: ['^src/(forge|cli|sandbox)/', FORGE] },
    },
    {
      name: 'no-test-code-in-production',
      severity: 'error',
      comment: 'Only *.test.ts files may import helpers and fixtures under test/.',
      from: { path: '^src/', pathNot: TEST_FILE },
      to: { path: '^test/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles anywhere.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'Every import must resolve (a missing package or a typo in a path).',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['require', 'node', 'types', 'default'],
      mainFields: ['main', 'types', 'typings'],
    },
  },
};
