import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Figures } from '../lib/figures/figures';
import { formatCompactMoney, formatShares } from '../lib/wording/format';
import type { Filing, ParseError } from '../lib/filing/model';
import type { PanelPosition } from '../lib/settings/panel-state';
import { allRows, toFootnoteTexts } from '../lib/filing/rows';
import { ErrorPanel } from './error-panel';
import { FilingSummary } from './filing-summary';
import { FootnoteList } from './footnote-list';
import { PanelShell } from './panel-shell';
import { RowsTable } from './rows-table';
import { HISTORY_SLOT } from '../lib/messages/history-slot';

export type OverlayContent =
  | { status: 'loading' }
  | { status: 'error'; error: ParseError }
  | { status: 'ready'; filing: Filing; figures: Figures };

export interface OverlayProps {
  content: OverlayContent;
  collapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  /** Where the reader dragged the panel; null keeps it in the bottom-right corner. */
  position: PanelPosition | null;
  onPositionChange: (position: PanelPosition) => void;
  /** Copies the CSV and resolves with the confirmation to show (or rejects with the reason). */
  onCopyCsv: () => Promise<string>;
  onDownloadCsv: () => void;
  rawXmlUrl: string | null;
  locale?: string;
}

/** The collapsed panel still answers the main question: "net sell -2,710 sh, -$7.0M". */
export function collapsedLabel(content: OverlayContent, locale?: string): string {
  if (content.status === 'loading') return 'Form 4 Lens: reading the filing...';
  if (content.status === 'error') return 'Form 4 Lens: could not read this filing';
  const { openMarket, hasOpenMarketTrades, framing } = content.figures;
  if (framing.leadsWith === 'holdings') {
    return framing.ownsNoSecurities ? 'Form 4 Lens: Form 3, owns no securities of the issuer' : 'Form 4 Lens: Form 3, initial holdings';
  }
  if (!hasOpenMarketTrades) return 'Form 4 Lens: no open-market trades';
  const net = openMarket.netShares;
  const word = net > 0 ? 'buy' : net < 0 ? 'sell' : 'even';
  const dollars = openMarket.netValue !== 0 ? `, ${formatCompactMoney(openMarket.netValue, locale, true)}` : '';
  return `Form 4 Lens: net ${word} ${formatShares(net, locale, true)} sh${dollars}`;
}

/**
 * True once what was drawn for `content` has been painted (Preact runs effects after the next
 * paint). The rows and footnotes wait for it: a 20-row filing's table is four fifths of the
 * first render (about 6 of 8 ms, measured in Chromium), and the net figures a reader looks
 * for first need not wait for it. The table follows one frame later.
 */
function usePaintedOnce(content: OverlayContent): boolean {
  const [painted, setPainted] = useState<OverlayContent | null>(null);
  useEffect(() => setPainted(content), [content]);
  return painted === content;
}

export function Overlay(props: OverlayProps) {
  const { content, collapsed, onCollapsedChange, locale } = props;
  const [activeFootnote, setActiveFootnote] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ text: string; failed: boolean } | null>(null);
  const detailShown = usePaintedOnce(content);

  const rows = useMemo(() => (content.status === 'ready' ? allRows(content.filing.document) : []), [content]);
  const footnoteTexts = useMemo(
    () => (content.status === 'ready' ? toFootnoteTexts(content.filing.document) : new Map<string, string>()),
    [content],
  );
  const inconsistentRows = useMemo(
    () =>
      new Set(
        content.status === 'ready'
          ? content.figures.flags.inconsistentDirectionRows.map((index) => content.filing.document.transactions[index]!)
          : [],
      ),
    [content],
  );

  const copy = () =>
    props.onCopyCsv().then(
      (text) => setNotice({ text, failed: false }),
      (error: unknown) => setNotice({ text: error instanceof Error ? error.message : String(error), failed: true }),
    );

  // A download that fails says why, like a copy (it used to fail without a word).
  const download = () => {
    try {
      props.onDownloadCsv();
    } catch (error) {
      setNotice({ text: error instanceof Error ? error.message : String(error), failed: true });
    }
  };

  const actions = content.status === 'ready' && (
    <div class="actions">
      <button type="button" name="copy-csv" onClick={copy}>
        Copy CSV
      </button>
      <button type="button" name="download-csv" onClick={download}>
        Download CSV
      </button>
      {props.rawXmlUrl && (
        <a href={props.rawXmlUrl} target="_blank" rel="noopener noreferrer">
          Raw XML
        </a>
      )}
      <span class={notice?.failed ? 'notice notice-failed' : 'notice'} role="status" data-testid="notice">
        {notice?.text ?? ''}
      </span>
    </div>
  );

  return (
    <PanelShell
      label="Form 4 Lens"
      testId="overlay"
      collapsed={collapsed}
      onCollapsedChange={onCollapsedChange}
      launcherText={collapsedLabel(content, locale)}
      collapseLabel="Collapse Form 4 Lens"
      position={props.position}
      onPositionChange={props.onPositionChange}
      redraw={content.status}
      footer={actions}
    >
      {content.status === 'loading' && <p class="muted" role="status">Reading the filing...</p>}
      {content.status === 'error' && <ErrorPanel error={content.error} />}
      {content.status === 'ready' && (
        <>
          <FilingSummary document={content.filing.document} warnings={content.filing.warnings} figures={content.figures} locale={locale} />
          {detailShown && (
            <>
              <RowsTable
                rows={rows}
                inconsistentRows={inconsistentRows}
                lineIds={content.figures.holdingLineIds}
                footnoteTexts={footnoteTexts}
                activeFootnote={activeFootnote}
                onFootnoteActive={setActiveFootnote}
                locale={locale}
              />
              <FootnoteList
                footnotes={content.filing.document.footnotes}
                activeFootnote={activeFootnote}
                onFootnoteActive={setActiveFootnote}
              />
              {/* Filled later by the history script (entrypoints/history.content), never by this one. */}
              <div class="history-slot" {...{ [HISTORY_SLOT]: '' }} />
            </>
          )}
        </>
      )}
    </PanelShell>
  );
}
