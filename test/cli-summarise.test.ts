// `summary --csv` writes as it goes (docs/design.md section 7): one write per CSV line, each awaited,
// so a slow reader holds back the writer instead of the output piling up in memory.

import { describe, expect, it } from 'vitest';
import { summarise } from '../cli/summarise';

// Five S rows (see test/cli.test.ts), then a file that does not exist, then the same five again.
const APPLE_SALES = 'test/corpus/xml/InsidersTradeMonitor__AAPL_wf-form4_155718184308434.xml';

describe('summarise', () => {
  it('writes the CSV one line at a time, waiting for each write, and reports a bad file between good ones', async () => {
    const writes: string[] = [];
    const errors: string[] = [];
    let pending = 0;
    const status = await summarise([APPLE_SALES, 'test/corpus/xml/no-such-file.xml', APPLE_SALES], 'csv', {
      stdout: async (text) => {
        expect(pending).toBe(0); // never a second write before the first is taken
        pending += 1;
        await new Promise((resolve) => setTimeout(resolve, 1));
        pending -= 1;
        writes.push(text);
      },
      stderr: (text) => void errors.push(text),
    });
    expect(status).toBe(1);
    // The header, then 5 lines per readable file, each its own write ending in CRLF.
    expect(writes).toHaveLength(1 + 5 + 5);
    expect(writes.every((line) => line.endsWith('\r\n') && line.indexOf('\r\n') === line.length - 2)).toBe(true);
    expect(errors).toEqual(['form4-lens: test/corpus/xml/no-such-file.xml: Could not read the file: no such file; check the path.\n']);
  });
});
