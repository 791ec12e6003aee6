import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
// @ts-expect-error build/serve.mjs is plain JavaScript without type declarations.
import { startStaticServer } from '../../build/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serve the built renderer on 127.0.0.1 exactly as `npm start` does in browser mode. */
export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '../../dist/renderer');
  if (!existsSync(resolve(root, 'index.html'))) {
    throw new Error('dist/renderer ontbreekt: voer eerst `npm run build:renderer` uit.');
  }
  const server = (await startStaticServer({ root, port: 0, host: '127.0.0.1' })) as {
    url: string;
    close: () => Promise<void>;
  };
  project.provide('baseUrl', server.url);
  return async () => server.close();
}
