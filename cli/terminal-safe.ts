// Text for a terminal never carries a filing's escape sequences (docs/design.md section 7): ESC, BEL
// and the other C0/C1 controls could retitle the window, clear the screen or write the
// clipboard (OSC 52). The text summary keeps tab and newline; JSON keeps its own escapes.

import { stripControlCharacters } from '../lib/text/control-characters';
import { displayPath } from './walk-paths';

export const toTerminalText = stripControlCharacters;

// JSON.stringify escapes C0 controls but writes DEL, C1 controls and the line separators as
// they are; a terminal may act on C1 (U+009B is CSI), so they are escaped too (still valid JSON).
const UNESCAPED_IN_JSON = /[\u007F-\u009F\u2028\u2029]/g;

export function toTerminalJson(value: unknown): string {
  return JSON.stringify(value).replace(UNESCAPED_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// In a name every control character, line or paragraph separator and bidi control is shown as
// "?" (as ls does): a newline in a file name must not start a line that looks like our own
// ("form4-lens: ..."), and ESC or BEL must not act on the terminal.
const UNSHOWABLE_IN_NAME = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
/** Past the longest real path (4,096 bytes on Linux), a name is cut: an error line stays a line. */
const MAX_NAME_CHARS = 300;

/** A file name as one safe line of a terminal: controls shown as "?", cut at 300 characters. */
export function toTerminalName(path: string): string {
  const name = displayPath(path);
  const shown = name.slice(0, MAX_NAME_CHARS + 1).replace(UNSHOWABLE_IN_NAME, '?');
  return shown.length > MAX_NAME_CHARS ? `${shown.slice(0, MAX_NAME_CHARS)}... (${name.length} characters)` : shown;
}

/** "form4-lens: NAME: MESSAGE" on one line of stderr, whatever the name and the message hold. */
export function toErrorLine(name: string, message: string): string {
  return `form4-lens: ${toTerminalName(name)}: ${toTerminalText(message.slice(0, 1_000).replace(/[\r\n\u2028\u2029]+/g, ' '))}\n`;
}
