import { defineConfig } from 'vite';

// The explorer: a static app that fetches the builder's outputs from public/data/.
export default defineConfig({
  root: '.',
  publicDir: 'public',
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
