import type { Footnote } from '../lib/filing/model';
import { LongText } from './long-text';
import { footnoteNumber } from '../lib/wording/footnotes';

interface FootnoteListProps {
  footnotes: Footnote[];
  activeFootnote: string | null;
  onFootnoteActive: (id: string | null) => void;
}

/** The footnotes, each with "show all" when long; pointing at one highlights the cells that cite it. */
export function FootnoteList({ footnotes, activeFootnote, onFootnoteActive }: FootnoteListProps) {
  if (footnotes.length === 0) return null;
  return (
    <section class="footnotes" aria-label="Footnotes">
      {footnotes.length > 0 && (
        <ol>
          {footnotes.map((footnote) => (
            <li
              key={footnote.id}
              class={activeFootnote === footnote.id ? 'cited' : undefined}
              onMouseEnter={() => onFootnoteActive(footnote.id)}
              onMouseLeave={() => onFootnoteActive(null)}
              data-testid="footnote"
            >
              <span class="footnote-id">({footnoteNumber(footnote.id)})</span> <LongText text={footnote.text} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
