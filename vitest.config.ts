import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const BROWSER_TESTS = ['test/**/*.e2e.test.ts'];

export default defineConfig({
  // WxtVitest does not apply wxt.config.ts's vite plugins, so Preact is added here too.
  plugins: [WxtVitest(), preact()],
  test: {
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.{ts,tsx}'], exclude: BROWSER_TESTS },
      },
      {
        // Real browsers on 2 cores: one file at a time, so no test waits on another's browser.
        extends: true,
        test: { name: 'browser', include: BROWSER_TESTS, fileParallelism: false, testTimeout: 60_000, hookTimeout: 60_000 },
      },
    ],
  },
});
