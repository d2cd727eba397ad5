export * from './condition';
export * from './contract-schema';
export { compileContract, validateContract, versionOn } from './validate-contract';
export type { CompiledContract, CompiledVersion } from './validate-contract';
