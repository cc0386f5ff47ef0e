import { useState } from 'preact/hooks';

interface LongTextProps {
  text: string;
  /** Characters shown before "show all". */
  preview?: number;
  /** Characters shown even after "show all": laying out a megabyte of text freezes a tab. */
  limit?: number;
}

export const PREVIEW_CHARS = 320;
export const SHOWN_LIMIT = 20_000;

/** Cuts at a space near `length` when there is one, so a preview does not end mid-word. */
function cut(text: string, length: number): string {
  const space = text.lastIndexOf(' ', length);
  return text.slice(0, space > length - 40 ? space : length);
}

/**
 * A footnote's or remark's text: its first lines, then all of it on request (up to a limit).
 * Filing text keeps its own direction without turning the panel's around it (bdi).
 */
export function LongText({ text, preview = PREVIEW_CHARS, limit = SHOWN_LIMIT }: LongTextProps) {
  const [open, setOpen] = useState(false);
  if (text.length <= preview) return <bdi>{text}</bdi>;
  const shown = open ? text.slice(0, limit) : cut(text, preview);
  return (
    <>
      <bdi>{shown}</bdi>
      {open && text.length > limit && (
        <span class="muted">
          {' '}
          (the first {limit.toLocaleString('en-US')} of {text.length.toLocaleString('en-US')} characters; the rest is in the
          filing's XML)
        </span>
      )}
      {!open && '... '}
      <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'show less' : 'show all'}
      </button>
    </>
  );
}
