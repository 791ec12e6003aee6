import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { META_CONTENT_SECURITY_POLICY } from '../shared/security/csp';


/** Put the CSP into the built page too (not in dev, where Vite injects inline scripts). */
function cspMeta(): Plugin {
  return {
    name: 'veldwerk-csp-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('../renderer', import.meta.url)),
  base: './',
  plugins: [react(), cspMeta()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 3000,
  },
  server: { host: '127.0.0.1', port: 5173 },
});
