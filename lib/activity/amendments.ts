// An amendment (4/A ...) replaces the original it amends when both are present (docs/design.md
// section 9): same issuer, owners and period, and the form without /A. When an owner filed
// several originals for one period (a day of trades split over several Forms 4), the amendment's
// date of original submission picks the one whose filing date it names, and then the shape of
// the rows (an amendment that corrects an amount keeps them); when nothing tells them apart,
// all are counted and a note says so. The work per group grows with its originals times its
// amendments; a group is one insider's filings of one form for one period, a handful at most.

import { toBaseForm } from './filing-identity';
import type { FilingEntry } from './filing-entry';

export interface AmendmentOutcome {
  /** The entries to count: originals not amended, and the latest amendment of each original. */
  counted: FilingEntry[];
  /** Entries left out, each with the id of the filing that replaces it. */
  replaced: { entry: FilingEntry; by: string }[];
  /** One sentence per amendment that could not be matched to one original. */
  notes: string[];
}

const isAmendment = (entry: FilingEntry) => entry.documentType.endsWith('/A');

/** Later filing date first (then the larger id, so the outcome never depends on arrival order): the amendment that stands. */
function byRecency(a: FilingEntry, b: FilingEntry): number {
  const keyA = `${a.filingDate ?? ''}|${a.id}`;
  const keyB = `${b.filingDate ?? ''}|${b.id}`;
  return keyA < keyB ? 1 : keyA > keyB ? -1 : 0;
}

function describeEntry(entry: FilingEntry): string {
  return entry.accession ?? entry.source ?? `the ${entry.documentType} for period ${entry.periodOfReport ?? 'unknown'}`;
}

function narrow(candidates: FilingEntry[], test: (entry: FilingEntry) => boolean): FilingEntry[] {
  const narrowed = candidates.filter(test);
  return narrowed.length > 0 ? narrowed : candidates;
}

function findOriginal(amendment: FilingEntry, originals: FilingEntry[]): FilingEntry | null {
  let candidates = narrow(originals, (original) => original.filingDate !== null && original.filingDate === amendment.originalDate);
  if (candidates.length > 1) candidates = narrow(candidates, (original) => original.rowShape === amendment.rowShape);
  return candidates.length === 1 ? candidates[0]! : null;
}

function resolveGroup(group: FilingEntry[], outcome: AmendmentOutcome): void {
  const originals = group.filter((entry) => !isAmendment(entry));
  const amendments = group.filter(isAmendment).sort(byRecency);
  const replacedIds = new Set<string>();
  // For each original (or "no original in the set"), the amendment that stands.
  const standing = new Map<FilingEntry | null, FilingEntry>();
  for (const amendment of amendments) {
    const target = findOriginal(amendment, originals);
    if (target === null && originals.length > 1) {
      const form = `Form ${toBaseForm(amendment.documentType)}`;
      const period = amendment.periodOfReport ?? 'unknown';
      outcome.notes.push(
        `${describeEntry(amendment)} amends one of ${originals.length} ${form} filings for period ${period}, ` +
          'and neither its date of original submission nor its rows tell which, so all are counted.',
      );
      outcome.counted.push(amendment);
      continue;
    }
    const stands = standing.get(target);
    if (stands) {
      outcome.replaced.push({ entry: amendment, by: stands.id });
      continue;
    }
    standing.set(target, amendment);
    outcome.counted.push(amendment);
    if (target !== null && !replacedIds.has(target.id)) {
      replacedIds.add(target.id);
      outcome.replaced.push({ entry: target, by: amendment.id });
    }
  }
  for (const original of originals) if (!replacedIds.has(original.id)) outcome.counted.push(original);
}

/** Applies amendments to a set of distinct filings (duplicates already removed); linear in their number. */
export function applyAmendments(entries: FilingEntry[]): AmendmentOutcome {
  const outcome: AmendmentOutcome = { counted: [], replaced: [], notes: [] };
  const amendedKeys = new Set(entries.filter(isAmendment).map((entry) => entry.amendmentKey));
  const groups = new Map<string, FilingEntry[]>();
  for (const entry of entries) {
    if (!amendedKeys.has(entry.amendmentKey)) {
      outcome.counted.push(entry);
      continue;
    }
    const group = groups.get(entry.amendmentKey);
    if (group) group.push(entry);
    else groups.set(entry.amendmentKey, [entry]);
  }
  for (const group of groups.values()) resolveGroup(group, outcome);
  return outcome;
}
