import type { Footnote } from '../lib/model';

interface FootnoteListProps {
  footnotes: Footnote[];
  remarks: string | null;
  activeFootnote: string | null;
  onFootnoteActive: (id: string | null) => void;
}

/** The footnotes in full; pointing at one highlights the cells that cite it. */
export function FootnoteList({ footnotes, remarks, activeFootnote, onFootnoteActive }: FootnoteListProps) {
  if (footnotes.length === 0 && !remarks) return null;
  return (
    <section class="footnotes" aria-label="Footnotes and remarks">
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
              <span class="footnote-id">({footnote.id.replace(/^F/i, '')})</span> {footnote.text}
            </li>
          ))}
        </ol>
      )}
      {remarks && (
        <p class="remarks">
          <strong>Remarks:</strong> {remarks}
        </p>
      )}
    </section>
  );
}
