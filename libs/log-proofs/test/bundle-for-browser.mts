// Bundles an entry for the browser the way the portal's Vite build does, and prints
// { code, warnings } as JSON. A separate process: Rolldown's native binding refuses the
// objects of Jest's sandbox. Usage: node bundle-for-browser.mts '{"entry":"x","sources":{"x":"…"}}'
import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';

const ROOT_DIR = resolve(import.meta.dirname, '../../..');
/** The one alias the portal's Vite build needs to import the lib as `@app/log-proofs`. */
const ALIAS = { '@app/log-proofs': resolve(import.meta.dirname, '../src/index.ts') };

/** Modules given as source text, so that nothing is written: the entry under test. */
function virtualEntries(sources: Record<string, string>): Plugin {
  return {
    name: 'virtual-entries',
    // Lib mode hands the entry on as a path below the root.
    resolveId: (id) => {
      const name = Object.keys(sources).find((key) => id === key || id.endsWith(`/${key}`));
      return name ? `\0${name}` : null;
    },
    load: (id) => (id.startsWith('\0') && id.slice(1) in sources ? sources[id.slice(1)] : null),
  };
}

const { entry, sources } = JSON.parse(process.argv[2]) as { entry: string; sources: Record<string, string> };
const warnings: string[] = [];
const output = await build({
  configFile: false,
  root: ROOT_DIR,
  logLevel: 'silent',
  resolve: { alias: ALIAS },
  plugins: [virtualEntries(sources)],
  build: {
    write: false,
    minify: true,
    target: 'es2022',
    lib: { entry, formats: ['iife'], name: 'LogProofs', fileName: 'log-proofs' },
    rolldownOptions: {
      onwarn: (warning) => {
        warnings.push(warning.message);
      },
    },
  },
});
const outputs = Array.isArray(output) ? output : [output];
const code = outputs
  .flatMap((one) => ('output' in one ? one.output : []))
  .flatMap((item) => (item.type === 'chunk' ? [item.code] : []))
  .join('\n');
process.stdout.write(JSON.stringify({ code, warnings }));
