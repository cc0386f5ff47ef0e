import { Tip } from './tip';
import { footnoteNumber } from '../lib/wording/footnotes';

interface FootnoteMarkerProps {
  id: string;
  /** The footnote's text; undefined when the filing cites a footnote it does not contain. */
  text: string | undefined;
  onActiveChange?: (id: string | null) => void;
}

/** A footnote's explanation stays a bubble: longer ones go on in the footnote list ("show all"). */
const MAX_TIP_CHARS = 1_500;

function tipText(id: string, text: string | undefined): string {
  if (text === undefined) return `Footnote ${id} is cited but not included in the filing.`;
  return text.length > MAX_TIP_CHARS ? `${text.slice(0, MAX_TIP_CHARS)}... (continued in the footnotes below)` : text;
}

/** "F1" shows as a superscript (1), as on the SEC's form, with the footnote's text on hover. */
export function FootnoteMarker({ id, text, onActiveChange }: FootnoteMarkerProps) {
  const number = footnoteNumber(id);
  return (
    <Tip
      class="marker"
      label={`Footnote ${number}`}
      tip={<bdi>{tipText(id, text)}</bdi>}
      onActiveChange={(active) => onActiveChange?.(active ? id : null)}
    >
      ({number})
    </Tip>
  );
}
