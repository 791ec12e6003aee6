import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

/** The benchmark page: built apart from the app so no benchmark code ships. */
export default defineConfig({
  root: fileURLToPath(new URL('./page', import.meta.url)),
  base: './',
  build: {
    outDir: fileURLToPath(new URL('../../dist/bench', import.meta.url)),
    emptyOutDir: true,
    // Readable function names in CPU profiles (BENCH_PROFILE=1).
    minify: process.env.BENCH_PROFILE !== '1',
  },
});
