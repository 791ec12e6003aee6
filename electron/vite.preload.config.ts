import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The preload as one CommonJS file, `dist/electron/preload.cjs`. A sandboxed preload cannot
 * load other files: it must be a single script whose only `require` is `electron`.
 * Built after the main process, into the same folder, so it must not empty it.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'electron/preload.ts',
    outDir: 'dist/electron',
    emptyOutDir: false,
    target: 'chrome140',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      external: ['electron'],
      output: { format: 'cjs', entryFileNames: 'preload.cjs' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
