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

/** A table cell with the footnotes cited on that very field. */
export function Cell({ children, footnoteIds, footnoteTexts, activeFootnote, onFootnoteActive, class: className }: CellProps) {
  const cited = activeFootnote !== null && footnoteIds.includes(activeFootnote);
  const classes = [className, cited ? 'cited' : ''].filter(Boolean).join(' ');
  return (
    <td class={classes || undefined} data-footnotes={footnoteIds.join(' ') || undefined}>
      {children}
      {footnoteIds.map((id) => (
        <FootnoteMarker key={id} id={id} text={footnoteTexts.get(id)} onActiveChange={onFootnoteActive} />
      ))}
    </td>
  );
}
