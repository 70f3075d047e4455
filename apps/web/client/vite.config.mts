import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The citizen portal's pages, built into dist/web-client, which the web server (apps/web/src)
 * serves. `npm run dev:web` serves them with hot reload and hands the server's paths on to a
 * running `npm start` (port 4005), so sign-in and GraphQL behave as in production.
 */
export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  // The one lib the pages share with the server side: proofs and signatures checked in the browser.
  resolve: {
    alias: { '@app/log-proofs': fileURLToPath(new URL('../../../libs/log-proofs/src/index.ts', import.meta.url)) },
  },
  build: {
    outDir: fileURLToPath(new URL('../../../dist/web-client', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: true,
    rolldownOptions: {
      // React libraries mark their modules "use client" for server rendering; a browser bundle has no use for it.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(
      [
        '/api',
        '/auth',
        '/graphql',
        '/console/api',
        '/console/auth',
        '/console/graphql',
        '/.well-known',
        '/witness',
      ].map((path) => [path, { target: `http://127.0.0.1:${process.env.WEB_PORT ?? '4005'}`, changeOrigin: false }]),
    ),
  },
});
