import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const stub = (file: string) => fileURLToPath(new URL(`./build-stubs/${file}`, import.meta.url));

/**
 * Code fast-xml-parser imports but never runs with our parser options, replaced in the
 * extension build by the stubs of build-stubs/ (its README says why each is safe): packages
 * by name, and two of its own modules by the file that imports them.
 */
const PACKAGE_STUBS = [
  ['is-unsafe', 'is-unsafe.ts'],
  ['@nodable/entities', 'nodable-entities.ts'],
  ['strnum', 'strnum.ts'],
].map(([name, file]) => ({ find: new RegExp(`^${name}$`), replacement: stub(file!) }));

const FAST_XML_PARSER_MODULE_STUBS: Record<string, string> = {
  './DocTypeReader.js': 'doctype-reader.ts',
  './node2json.js': 'node2json.ts',
};

const fastXmlParserStubs: Plugin = {
  name: 'form4-lens:fast-xml-parser-stubs',
  enforce: 'pre',
  resolveId(source, importer) {
    const file = FAST_XML_PARSER_MODULE_STUBS[source];
    return file && importer?.replace(/\\/g, '/').includes('/fast-xml-parser/src/xmlparser/') ? stub(file) : null;
  },
};

export default defineConfig({
  manifest: ({ browser }) => ({
    name: 'Form 4 Lens',
    description:
      'Reads SEC Form 3/4/5 insider filings on sec.gov: net open-market buys and sells, codes and footnotes explained, one-click CSV.',
    // alarms and notifications: the watchlist only (docs/design.md section 11; the options page says why).
    permissions: ['storage', 'clipboardWrite', 'alarms', 'notifications'],
    host_permissions: ['https://www.sec.gov/*', 'https://data.sec.gov/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'form4-lens@form4lens.dev',
              strict_min_version: '128.0',
              // Required by addons.mozilla.org for new extensions: we collect nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  // The sources archive for the stores: what git tracks, not local test output.
  zip: { excludeSources: ['test-results/**', 'scratch/**', 'dist/**', 'test/corpus/**'] },
  // Chrome refuses a content script that is not valid UTF-8 ASCII-safe: fast-xml-parser
  // carries a non-ASCII character in a regex, and Rolldown writes it out literally.
  vite: () => ({
    plugins: [preact(), fastXmlParserStubs],
    resolve: { alias: PACKAGE_STUBS },
    build: { rollupOptions: { output: { charset: 'ascii' } } },
  }),
});
