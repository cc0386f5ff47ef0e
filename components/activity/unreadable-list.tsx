// The listed filings that could not be read, each on its own lines: its form and date as EDGAR
// lists them, why it could not be read, and links to its index page (which names the owner:
// the company's list does not) and to the XML that was asked for. Long addresses wrap inside
// the panel rather than run past it.

import type { UnreadableFiling } from '../../lib/messages/activity-view';

export function UnreadableList({ filings }: { filings: UnreadableFiling[] }) {
  if (filings.length === 0) return null;
  return (
    <details class="unreadable" data-testid="unreadable">
      <summary>
        {filings.length} filing{filings.length === 1 ? '' : 's'} could not be read
      </summary>
      <p class="muted">EDGAR's list of the company's filings does not name their owners; each filing's index page does.</p>
      <ul>
        {filings.map((filing) => (
          <li key={filing.accession} data-testid="unreadable-filing">
            <span class="unreadable-what">
              Form {filing.form}, filed {filing.filingDate}
            </span>{' '}
            <span class="unreadable-why">{filing.reason}</span>{' '}
            <span class="unreadable-links">
              {filing.indexUrl && (
                <>
                  <a href={filing.indexUrl} target="_blank" rel="noopener noreferrer" aria-label={`Index page of filing ${filing.accession}, which names its owner`}>
                    {filing.accession}
                  </a>{' '}
                  ·{' '}
                </>
              )}
              <a href={filing.url} target="_blank" rel="noopener noreferrer" aria-label={`XML of filing ${filing.accession}`}>
                XML
              </a>
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
