export * from './condition';
export * from './contract-schema';
export { compileContract, validateContract } from './validate-contract';
export type { CompiledContract, CompiledVersion } from './validate-contract';
export * from './penalties-schema';
