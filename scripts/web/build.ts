import { ensureWebBuild } from './ensure-web-build.js';

// `npm run web:build`: builds the dashboard and GraphiQL into dist/web (always, whatever the stamp says).
await ensureWebBuild({ force: true, log: (line) => console.log(line) });
