import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  manifest: ({ browser }) => ({
    name: 'Form 4 Lens',
    description:
      'Reads SEC Form 3/4/5 insider filings on sec.gov: net open-market buys and sells, codes and footnotes explained, one-click CSV.',
    permissions: ['storage', 'clipboardWrite'],
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
    plugins: [preact()],
    build: { rollupOptions: { output: { charset: 'ascii' } } },
  }),
});
