import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The main process as one CommonJS file, `dist/electron/main.cjs` (package.json "main").
 * zod and shared/ are bundled in, so the packaged app needs no node_modules at all;
 * `electron` and Node's built-ins stay external because the runtime provides them.
 */
export const nodeExternals = ['electron', /^electron\//, ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'electron/main.ts',
    outDir: 'dist/electron',
    emptyOutDir: true,
    // Electron 41 ships Node 24.
    target: 'node22',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      external: nodeExternals,
      output: { format: 'cjs', entryFileNames: 'main.cjs' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
