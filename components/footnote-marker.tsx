import { Tip } from './tip';

interface FootnoteMarkerProps {
  id: string;
  /** The footnote's text; undefined when the filing cites a footnote it does not contain. */
  text: string | undefined;
  onActiveChange?: (id: string | null) => void;
}

/** "F1" shows as a superscript (1), as on the SEC's form, with the footnote's text on hover. */
export function FootnoteMarker({ id, text, onActiveChange }: FootnoteMarkerProps) {
  const number = id.replace(/^F/i, '');
  return (
    <Tip
      class="marker"
      label={`Footnote ${number}`}
      tip={text ?? `Footnote ${id} is cited but not included in the filing.`}
      onActiveChange={(active) => onActiveChange?.(active ? id : null)}
    >
      ({number})
    </Tip>
  );
}
