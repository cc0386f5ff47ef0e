// `summary --csv` writes as it goes (docs/design.md section 7): one write per CSV line, each awaited,
// so a slow reader holds back the writer instead of the output piling up in memory.

import { describe, expect, it } from 'vitest';
import { summarise } from '../cli/summarise';
import { activity } from '../cli/activity';
import { WHOLE_HISTORY } from '../lib/activity/window';

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

describe('activity', () => {
  it('waits for each write of --csv too: a slow reader holds the roll-up back', async () => {
    // Two of Tesla's Forms 4 of 2021-11-08 (Musk): 30 and 20 table I rows, one CSV write each.
    const files = ['044060', '044077'].map((accession) => `test/corpus/xml/datamule-python__000089924321${accession}_doc4.xml`);
    let pending = 0;
    let most = 0;
    const writes: string[] = [];
    const status = await activity(files, 'csv', WHOLE_HISTORY, {
      stdout: async (text) => {
        pending += 1;
        most = Math.max(most, pending);
        await new Promise((resolve) => setTimeout(resolve, 5));
        pending -= 1;
        writes.push(text);
      },
      stderr: async () => {},
    });
    expect(status).toBe(0);
    // The header, then one write per counted filing, never two at once.
    expect(writes).toHaveLength(3);
    expect(most).toBe(1);
  });
});
