/**
 * Monthly reports built by hand, one per preset flavour, shaped as `assembleReport` makes them:
 * ATIH (orders, comité dashboard, IQ/ID indicators, no penalties), DEMAT'ADS (IND_* indicators,
 * incidents, penalties) and an empty month. `syntheticReport` makes large seeded months.
 */
export { atihReport } from './atih';
export { dematReport } from './demat';
export { emptyReport } from './empty';
export { syntheticReport } from './synthetic';
