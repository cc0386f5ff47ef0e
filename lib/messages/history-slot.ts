// How a filing page's two scripts meet: the filing-page script's overlay (components/overlay.tsx)
// leaves an empty slot for the insider's history, and the history script
// (entrypoints/history.content) finds it in the overlay's shadow root and fills it. Both read
// these names, so neither can rename its side alone.

/** The element the overlay's shadow root hangs on. */
export const OVERLAY_HOST_TAG = 'form4-lens-overlay';

/** The slot's attributes: the filing whose history it wants. */
export const HISTORY_SLOT = {
  marker: 'data-history-slot',
  issuerCik: 'data-issuer-cik',
  ownerCiks: 'data-owner-ciks',
  accession: 'data-accession',
} as const;

export const HISTORY_SLOT_SELECTOR = `[${HISTORY_SLOT.marker}]`;

export interface HistorySlotRequest {
  issuerCik: string;
  ownerCiks: string[];
  accession: string | null;
}

const CIK = /^\d{1,10}$/;

/** The slot's attributes for a filing, as the overlay writes them. */
export function toHistorySlotAttributes(request: HistorySlotRequest): Record<string, string> {
  return {
    [HISTORY_SLOT.marker]: '',
    [HISTORY_SLOT.issuerCik]: request.issuerCik,
    [HISTORY_SLOT.ownerCiks]: request.ownerCiks.join(' '),
    [HISTORY_SLOT.accession]: request.accession ?? '',
  };
}

/** What the history script may ask for from a slot's attributes; null when they name no insider. */
export function readHistorySlot(getAttribute: (name: string) => string | null): HistorySlotRequest | null {
  const issuerCik = getAttribute(HISTORY_SLOT.issuerCik) ?? '';
  const ownerCiks = (getAttribute(HISTORY_SLOT.ownerCiks) ?? '').split(' ').filter((cik) => CIK.test(cik)).slice(0, 10);
  if (!CIK.test(issuerCik) || ownerCiks.length === 0) return null;
  return { issuerCik, ownerCiks, accession: getAttribute(HISTORY_SLOT.accession) || null };
}
