// Characters that must never reach a reader's screen, terminal or spreadsheet from a filing.
// C0 and C1 controls (other than tab and newline) can retitle, clear or write the clipboard of
// a terminal (ESC and OSC 52 sequences); bidi controls can make a CSV cell read backwards.

// C0 but tab and newline, DEL, C1.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// and bidi controls: LRE RLE PDF LRO RLO, LRI RLI FSI PDI, LRM RLM, ALM.
const CONTROL_OR_BIDI = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** The text without C0/C1 control characters; tab and newline stay. */
export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL, '');
}

/** The text without control characters nor bidi controls (for CSV cells). */
export function stripControlAndBidi(text: string): string {
  return text.replace(CONTROL_OR_BIDI, '');
}
