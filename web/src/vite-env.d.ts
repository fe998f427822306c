/** Set by web/vite.config.ts: whether the committed schema has the exports API (runExport). */
declare const __HAS_EXPORTS__: boolean;
