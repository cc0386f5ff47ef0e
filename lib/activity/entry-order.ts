// The order of a roll-up's filings in time, shared by every figure that depends on it.

import type { FilingEntry } from './filing-entry';

/** Oldest first by last row date, then filing date, then id: the last entry is the latest filing. */
export function compareByDate(a: FilingEntry, b: FilingEntry): number {
  const keyA = `${a.lastDate ?? ''}|${a.filingDate ?? ''}|${a.id}`;
  const keyB = `${b.lastDate ?? ''}|${b.filingDate ?? ''}|${b.id}`;
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}
