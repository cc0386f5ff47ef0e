import type { ComponentChildren } from 'preact';
import { FootnoteMarker } from './footnote-marker';

export interface FootnoteProps {
  footnoteTexts: Map<string, string>;
  /** The footnote the reader points at: cells citing it are highlighted. */
  activeFootnote: string | null;
  onFootnoteActive: (id: string | null) => void;
}

interface CellProps extends FootnoteProps {
  children?: ComponentChildren;
  footnoteIds: string[];
  class?: string;
}

/** The markers of the footnotes cited on one field, as the SEC's form places them. */
export function Markers({ footnoteIds, footnoteTexts, onFootnoteActive }: Omit<CellProps, 'activeFootnote' | 'children' | 'class'>) {
  return (
    <>
      {footnoteIds.map((id) => (
        <FootnoteMarker key={id} id={id} text={footnoteTexts.get(id)} onActiveChange={onFootnoteActive} />
      ))}
    </>
  );
}

/**
 * A table cell with the footnotes cited on that very field. Cells are ARIA cells in a CSS grid,
 * not <td>: in Chrome's XML viewer an HTML <table> ignores every width and spans the window. `footnoteIds` are the ones
 * marked at the end; `citedIds` (default: the same) are all the cell cites, for highlighting.
 */
export function Cell({ children, footnoteIds, citedIds = footnoteIds, class: className, ...notes }: CellProps & { citedIds?: string[] }) {
  const cited = notes.activeFootnote !== null && citedIds.includes(notes.activeFootnote);
  const classes = [className, cited ? 'cited' : ''].filter(Boolean).join(' ');
  return (
    <div role="cell" class={classes ? `cell ${classes}` : 'cell'} data-footnotes={citedIds.join(' ') || undefined}>
      {children}
      <Markers footnoteIds={footnoteIds} footnoteTexts={notes.footnoteTexts} onFootnoteActive={notes.onFootnoteActive} />
    </div>
  );
}
