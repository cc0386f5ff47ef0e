import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Figures } from '../lib/figures';
import { formatCompactMoney, formatShares } from '../lib/format';
import type { Filing, ParseError } from '../lib/model';
import { fitInWindow, type PanelPosition } from '../lib/panel-state';
import { allRows, toFootnoteTexts } from '../lib/rows';
import { ErrorPanel } from './error-panel';
import { FilingSummary } from './filing-summary';
import { FootnoteList } from './footnote-list';
import { RowsTable } from './rows-table';

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

function viewSize(element: Element | null) {
  const view = element?.ownerDocument.defaultView;
  return { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 };
}

/**
 * Keeps a dragged panel (or its collapsed tab) wholly in the window: on every render and on
 * every resize, however it was placed or whichever screen its position was saved on.
 */
export function useKeptInWindow(element: { current: HTMLElement | null }, place: PanelPosition | null, redraw: unknown) {
  const [view, setView] = useState(() => viewSize(null));
  useEffect(() => {
    const window = element.current?.ownerDocument.defaultView;
    if (!window) return;
    const onResize = () => setView(viewSize(element.current));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [element]);
  useLayoutEffect(() => {
    const box = element.current;
    if (!place || !box) return;
    const fitted = fitInWindow(place, box.getBoundingClientRect(), viewSize(box));
    box.style.left = `${fitted.left}px`;
    box.style.top = `${fitted.top}px`;
  }, [element, place, view, redraw]);
}

/** Dragging by the title bar moves the panel; the last position is reported once, on release. */
export function useDrag(position: PanelPosition | null, onPositionChange: (position: PanelPosition) => void) {
  const [dragged, setDragged] = useState<PanelPosition | null>(null);
  const panel = useRef<HTMLElement>(null);
  const onPointerDown = (event: PointerEvent) => {
    if ((event.target as Element).closest('button') || !panel.current) return;
    const rect = panel.current.getBoundingClientRect();
    const offset = { x: event.clientX - rect.left, y: event.clientY - rect.top };
    const handle = event.currentTarget as HTMLElement;
    handle.setPointerCapture(event.pointerId);
    let last: PanelPosition | null = null;
    const move = (e: PointerEvent) => {
      last = fitInWindow({ left: e.clientX - offset.x, top: e.clientY - offset.y }, rect, viewSize(handle));
      setDragged(last);
    };
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      if (last) onPositionChange(last);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  };
  return { panel, onPointerDown, place: dragged ?? position };
}

export function Overlay(props: OverlayProps) {
  const { content, collapsed, onCollapsedChange, locale } = props;
  const [activeFootnote, setActiveFootnote] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ text: string; failed: boolean } | null>(null);
  const { panel, onPointerDown, place } = useDrag(props.position, props.onPositionChange);
  const launcher = useRef<HTMLButtonElement>(null);
  useKeptInWindow(collapsed ? launcher : panel, place, `${collapsed}${content.status}`);
  const style = place ? { left: `${place.left}px`, top: `${place.top}px`, right: 'auto', bottom: 'auto' } : undefined;

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

  if (collapsed) {
    return (
      <button type="button" class="launcher" ref={launcher} style={style} onClick={() => onCollapsedChange(false)} aria-expanded="false">
        {collapsedLabel(content, locale)}
      </button>
    );
  }

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

  return (
    <section class="panel" ref={panel} style={style} aria-label="Form 4 Lens" data-testid="overlay">
      <div class="titlebar" onPointerDown={onPointerDown}>
        <span class="brand">Form 4 Lens</span>
        <button type="button" class="icon" onClick={() => onCollapsedChange(true)} aria-expanded="true" aria-label="Collapse Form 4 Lens">
          _
        </button>
      </div>
      <div class="body">
        {content.status === 'loading' && <p class="muted" role="status">Reading the filing...</p>}
        {content.status === 'error' && <ErrorPanel error={content.error} />}
        {content.status === 'ready' && (
          <>
            <FilingSummary document={content.filing.document} warnings={content.filing.warnings} figures={content.figures} locale={locale} />
            <RowsTable
              rows={rows}
              inconsistentRows={inconsistentRows}
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
            <div
              class="history-slot"
              data-history-slot=""
              data-issuer-cik={content.filing.document.issuer.cik}
              data-owner-ciks={content.filing.document.reportingOwners.map((owner) => owner.cik).join(' ')}
              data-accession={content.filing.accession ?? ''}
            />
          </>
        )}
      </div>
      {content.status === 'ready' && (
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
      )}
    </section>
  );
}
