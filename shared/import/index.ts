export * from './types';
export * from './encoding';
export * from './csv';
export * from './xlsx';
export * from './mapping';
export * from './readRow';
export * from './plan';
export * from './planImport';
