import { useMemo, useRef, useState } from 'preact/hooks';
import type { Figures } from '../lib/figures';
import type { Filing, ParseError } from '../lib/model';
import { allRows, toFootnoteTexts } from '../lib/rows';
import { ErrorPanel } from './error-panel';
import { FilingSummary } from './filing-summary';
import { FootnoteList } from './footnote-list';
import { RowsTable } from './rows-table';

export type OverlayContent =
  | { status: 'loading' }
  | { status: 'error'; error: ParseError }
  | { status: 'ready'; filing: Filing; figures: Figures };

export interface PanelPosition {
  left: number;
  top: number;
}

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

function collapsedLabel(content: OverlayContent): string {
  if (content.status === 'loading') return 'Form 4 Lens: reading the filing...';
  if (content.status === 'error') return 'Form 4 Lens: could not read this filing';
  const { openMarket, hasOpenMarketTrades } = content.figures;
  if (!hasOpenMarketTrades) return 'Form 4 Lens: no open-market trades';
  const net = openMarket.netShares;
  return `Form 4 Lens: net ${net > 0 ? 'buy' : net < 0 ? 'sell' : 'even'}`;
}

/** Dragging by the title bar moves the panel; the last position is reported once, on release. */
function useDrag(position: PanelPosition | null, onPositionChange: (position: PanelPosition) => void) {
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
      last = { left: Math.max(0, e.clientX - offset.x), top: Math.max(0, e.clientY - offset.y) };
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
      <button type="button" class="launcher" style={style} onClick={() => onCollapsedChange(false)} aria-expanded="false">
        {collapsedLabel(content)}
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
            <FilingSummary document={content.filing.document} figures={content.figures} locale={locale} />
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
              remarks={content.filing.document.remarks}
              activeFootnote={activeFootnote}
              onFootnoteActive={setActiveFootnote}
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
