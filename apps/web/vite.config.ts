import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { hdsStylesAsCss } from './build/hds-styles.js';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The web app is built into dist/web, which the API serves at `/` (apps/api/src/web). `npm run
 * dev:web` serves it with hot reload on :5173 and sends /api to an API on :3000 (`npm start`).
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [react(), hdsStylesAsCss()],
  // hds-react imports single functions from lodash, whose CommonJS build would come whole; lodash-es lets the bundle keep only those.
  resolve: { alias: [{ find: /^lodash$/, replacement: 'lodash-es' }] },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: false,
    // bench/web reads which chunks each page loads from the manifest.
    manifest: true,
    chunkSizeWarningLimit: 500,
  },
  server: { port: 5173, proxy: { '/api': 'http://127.0.0.1:3000' } },
});
