import path from 'node:path';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

/** The dashboard and GraphiQL, built into dist/web and served by the gateway (services/gateway/web.ts). */
export default defineConfig({
  root: here,
  base: '/',
  // No public folder: everything served comes out of the build.
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: path.join(here, '../dist/web'),
    emptyOutDir: true,
    // Monaco (GraphiQL's editor) is one large chunk by design; the dashboard's own stay small.
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: { dashboard: path.join(here, 'index.html'), graphiql: path.join(here, 'graphiql.html') },
      // GraphiQL's React packages mark modules "use client"; that means nothing outside a React server build.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
