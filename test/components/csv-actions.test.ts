// @vitest-environment happy-dom
// The panels' CSV actions (entrypoints/shared/csv-actions.ts) on Apple's 2019-08-12
// filing: the downloaded file is the CSV after a UTF-8 byte-order mark, under the name given;
// the clipboard gets the CSV without one, and a refusal is said in one sentence.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyCsv, downloadCsv } from '../../entrypoints/shared/csv-actions';
import { toCsv } from '../../lib/csv/csv';
import { downloadName } from '../../lib/csv/download-name';
import { APPLE_EXERCISE_AND_SALE, loadFiling } from './filing-fixtures';

const { filing } = loadFiling(APPLE_EXERCISE_AND_SALE);
const csv = toCsv(filing, { sourceUrl: 'https://www.sec.gov/Archives/edgar/data/320193/x.xml' });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('downloadCsv', () => {
  it('saves the CSV after a UTF-8 byte-order mark, under the name given', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:csv';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    downloadCsv(document, csv, downloadName(filing));
    expect(clicked.map((link) => [link.href, link.download])).toEqual([['blob:csv', downloadName(filing)]]);
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3))).toBe(csv);
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
  });
});

describe('copyCsv', () => {
  it('copies the CSV without a byte-order mark and says how many rows', async () => {
    const copied: string[] = [];
    vi.stubGlobal('navigator', { clipboard: { writeText: async (text: string) => void copied.push(text) } });
    await expect(copyCsv(csv, 4)).resolves.toBe('Copied 4 rows as CSV.');
    await expect(copyCsv(csv, 1)).resolves.toBe('Copied 1 row as CSV.');
    expect(copied).toEqual([csv, csv]);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    vi.unstubAllGlobals();
  });

  it('says in one sentence what to do when the browser refuses', async () => {
    vi.stubGlobal('navigator', { clipboard: { writeText: async () => Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError')) } });
    await expect(copyCsv(csv, 4)).rejects.toThrow(/^The browser did not allow copying \(NotAllowedError: Document is not focused\.\); use Download CSV instead\.$/);
    vi.unstubAllGlobals();
  });
});
