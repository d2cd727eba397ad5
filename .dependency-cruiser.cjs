// Dependency rule of DESIGN.md §2, checked by `npm run deps:check`.
const TEST_FILE = '\\.test\\.ts$';
// The pure libraries the core may use. @types/luxon is where type-only imports of luxon resolve.
const CORE_LIBS = '^node_modules/(luxon|zod|@types/luxon)/';
const FORGE = '^(node_modules/)?@forge/';
// What the Custom UI pages may import at run time besides static/.
const UI_LIBS = '^node_modules/(react|react-dom|@atlaskit/[^/]+|@forge/bridge)/';

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
      name: 'ui-imports-shared-and-ui-libraries',
      severity: 'error',
      comment:
        'Custom UI pages import static/ (their own page and static/shared), React, @atlaskit and @forge/bridge; from src/ only types.',
      from: { path: '^static/' },
      to: {
        pathNot: ['^static/', UI_LIBS],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'ui-pages-stay-apart',
      severity: 'error',
      comment: 'A page imports its own files and static/shared, never another page.',
      from: { path: '^static/([^/]+)/src/' },
      to: { path: '^static/', pathNot: ['^static/$1/', '^static/shared/'] },
    },
    {
      name: 'ui-host-through-shared-bridge',
      severity: 'error',
      comment:
        'Only static/shared/bridge.ts talks to @forge/bridge; pages call resolvers through static/shared.',
      from: { path: '^static/', pathNot: '^static/shared/bridge\\.ts$' },
      to: { path: '^node_modules/@forge/bridge/' },
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
    // Build output (Vite's bundles) is not source.
    exclude: { path: '^static/[^/]+/build/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['require', 'node', 'types', 'default'],
      mainFields: ['main', 'types', 'typings'],
    },
  },
};
