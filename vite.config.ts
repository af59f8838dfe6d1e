import { fileURLToPath } from 'node:url';
import Ajv, { type Options } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { defineConfig, type Plugin } from 'vite';
import * as kbSchemas from './src/kb/schema.ts';

/**
 * The built explorer's Content-Security-Policy: scripts only from its own files (no inline
 * script, no event-handler attributes, no eval), styles only from its stylesheets (the app
 * styles elements through the CSSOM, which the policy allows). FA2 runs in a worker made
 * from a blob: URL; the PNG export and the downloads use blob: and data: URLs.
 */
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * The policy in the built page itself, so it holds on any static host. Not in `vite dev`,
 * whose hot reloading injects styles and scripts inline.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'faktograf-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: POLICY }, injectTo: 'head-prepend' }],
  };
}

/** What src/kb/check-shape.ts gives Ajv: the precompiled validators must be made with the same. */
const AJV_OPTIONS: Options = { allErrors: true, strict: true, allowUnionTypes: true, verbose: true };
const PRECOMPILED = '\0faktograf:ajv-precompiled';

/**
 * Ajv compiles a schema into a function at run time (`new Function`), which the policy
 * forbids. In the browser, `ajv` is replaced by a stand-in whose `compile` returns the
 * validator generated here, at build time, for each schema of src/kb/schema.ts (the same
 * code Ajv would have generated, so the diagnostics are the same).
 */
function precompiledSchemas(): Plugin {
  return {
    name: 'faktograf-ajv-precompiled',
    // `vite dev` has no policy and keeps Ajv itself.
    apply: 'build',
    enforce: 'pre',
    resolveId: (source) => (source === 'ajv' ? PRECOMPILED : null),
    load(id) {
      if (id !== PRECOMPILED) return null;
      const names = Object.keys(kbSchemas).filter((name) => name.endsWith('Schema'));
      const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: true } });
      // biome-ignore lint/performance/noDynamicNamespaceImportAccess: build-time only, every schema is compiled
      for (const name of names) ajv.addSchema(kbSchemas[name as keyof typeof kbSchemas] as object, name);
      const runtime: string[] = [];
      const code = standaloneCode(ajv, Object.fromEntries(names.map((n) => [n, n])))
        .replace(/^"use strict";/, '')
        .replace(/require\(("[^"]+")\)/g, (_m, module: string) => {
          runtime.push(`import * as runtime${runtime.length} from ${module};`);
          return `runtime${runtime.length - 1}`;
        });
      const schemaModule = JSON.stringify(fileURLToPath(new URL('./src/kb/schema.ts', import.meta.url)));
      return `${runtime.join('\n')}
import * as schemas from ${schemaModule};
${code}
const options = (o) => JSON.stringify(Object.entries(o ?? {}).sort());
const precompiled = new Map([${names.map((n) => `[schemas.${n}, ${n}]`).join(', ')}]);
export default class Ajv {
  constructor(given) {
    if (options(given) !== ${JSON.stringify(JSON.stringify(Object.entries(AJV_OPTIONS).sort()))}) throw new Error('ajv: the options differ from the ones vite.config.ts precompiled the schemas with');
  }
  compile(schema) {
    const validate = precompiled.get(schema);
    if (!validate) throw new Error('ajv: no precompiled validator for this schema; vite.config.ts precompiles the exports of src/kb/schema.ts');
    return validate;
  }
}`;
    },
  };
}

/** `PORT=8080 npm start` (or `npm run dev`) serves there; 5173 by default. */
function port(): number {
  const given = process.env.PORT ?? '5173';
  const n = Number(given);
  if (!/^\d+$/.test(given) || n < 1 || n > 65535) throw new Error(`PORT must be a port number from 1 to 65535, got "${given}"`);
  return n;
}

// The explorer: a static app that fetches the builder's outputs from public/data/.
export default defineConfig({
  root: '.',
  publicDir: 'public',
  base: './',
  plugins: [contentSecurityPolicy(), precompiledSchemas()],
  worker: { plugins: () => [precompiledSchemas()] },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { host: '127.0.0.1', port: port() },
  // `npm start` serves the build with the same policy as a header, where framing can be refused too.
  preview: { host: '127.0.0.1', port: port(), headers: { 'Content-Security-Policy': `${POLICY}; frame-ancestors 'none'` } },
});
