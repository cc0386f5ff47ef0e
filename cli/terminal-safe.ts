// Text for a terminal never carries a filing's escape sequences (docs/design.md section 7): ESC, BEL
// and the other C0/C1 controls could retitle the window, clear the screen or write the
// clipboard (OSC 52). The text summary keeps tab and newline; JSON keeps its own escapes.

import { stripControlCharacters } from '../lib/text/control-characters';

export const toTerminalText = stripControlCharacters;

// JSON.stringify escapes C0 controls but writes DEL, C1 controls and the line separators as
// they are; a terminal may act on C1 (U+009B is CSI), so they are escaped too (still valid JSON).
const UNESCAPED_IN_JSON = /[\u007F-\u009F\u2028\u2029]/g;

export function toTerminalJson(value: unknown): string {
  return JSON.stringify(value).replace(UNESCAPED_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
