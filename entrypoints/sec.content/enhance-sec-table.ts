// Explanations in place in the SEC's own rendering: the transaction-code cells of tables I
// and II and the "(n)" footnote markers explain themselves on hover and keyboard focus.
// Only attributes are added to the page's elements (no element inserted, no size
// changed); the explanation shows in a fixed-position bubble in our own shadow root.

import { describeCode } from '@/lib/filing/transaction-codes';
import { createShadowHost } from '../shared/shadow-host';

const BUBBLE_CSS = `
.bubble { position: fixed; z-index: 2147483647; max-width: 320px; padding: 8px 10px; border-radius: 6px;
  background: #1a1d21; color: #fff; font: 12px/1.4 system-ui, sans-serif; box-shadow: 0 4px 14px rgba(0,0,0,.3);
  white-space: pre-line; overflow-wrap: anywhere; pointer-events: none; max-height: 40vh; overflow: hidden; }
.bubble[hidden] { display: none; }`;

const MAX_BUBBLE_TEXT = 1_200;

/** Code column of the SEC's tables: after title, date, deemed date (and, in II, the price). */
const CODE_COLUMN = { 'Table I': 3, 'Table II': 4 } as const;

function tableKind(table: HTMLTableElement): keyof typeof CODE_COLUMN | null {
  // Bounded quantifiers over the heading's first characters: page text is never scanned whole.
  const heading = (table.querySelector('th')?.textContent ?? '').slice(0, 300);
  if (/Table\s{1,10}I\s{0,10}-\s{0,10}Non-Derivative/i.test(heading)) return 'Table I';
  if (/Table\s{1,10}II\s{0,10}-\s{0,10}Derivative/i.test(heading)) return 'Table II';
  return null;
}

interface Target {
  element: HTMLElement;
  text: string;
}

function codeTargets(doc: Document): Target[] {
  const targets: Target[] = [];
  for (const table of doc.querySelectorAll('table')) {
    const kind = tableKind(table);
    if (!kind) continue;
    for (const row of table.querySelectorAll(':scope > tbody > tr')) {
      const cell = row.children[CODE_COLUMN[kind]] as HTMLElement | undefined;
      const value = cell?.querySelector<HTMLElement>('span[class*="FormData"]');
      const code = value?.textContent?.trim() ?? '';
      if (!value || !/^[A-Z]$/.test(code)) continue;
      const entry = describeCode(code);
      targets.push({ element: value, text: `${entry.code}: ${entry.meaning}\n${entry.forReader}` });
    }
  }
  return targets;
}

function footnoteTargets(doc: Document, footnotes: Map<string, string>): Target[] {
  const targets: Target[] = [];
  for (const sup of doc.querySelectorAll<HTMLElement>('sup')) {
    const number = /^\((\d{1,4})\)$/.exec((sup.textContent ?? '').slice(0, 40).trim())?.[1];
    const text = number && footnotes.get(`F${number}`);
    if (text) targets.push({ element: sup, text: `(${number}) ${text}` });
  }
  return targets;
}

/** Adds the hovers; returns a function that takes them all away again. */
export function enhanceSecTables(doc: Document, footnotes: Map<string, string>): () => void {
  const targets = [...codeTargets(doc), ...footnoteTargets(doc, footnotes)];
  if (targets.length === 0) return () => {};
  const { container, remove } = createShadowHost(doc, 'form4-lens-hovers', BUBBLE_CSS);
  const bubble = doc.createElement('div');
  bubble.className = 'bubble';
  bubble.setAttribute('role', 'tooltip');
  bubble.hidden = true;
  container.append(bubble);

  const show = (target: Target) => {
    // The bubble cannot be scrolled (it must not catch the pointer): a long footnote is cut,
    // and the overlay's footnote list has it whole.
    bubble.textContent =
      target.text.length > MAX_BUBBLE_TEXT ? `${target.text.slice(0, MAX_BUBBLE_TEXT)}... (continued in Form 4 Lens's footnotes)` : target.text;
    bubble.hidden = false;
    const rect = target.element.getBoundingClientRect();
    const view = doc.defaultView ?? window;
    bubble.style.left = `${Math.max(8, Math.min(rect.left, view.innerWidth - 330))}px`;
    // Below the marker in the upper part of the window, above it in the lower part.
    const below = rect.bottom < view.innerHeight * 0.55;
    bubble.style.top = below ? `${rect.bottom + 6}px` : 'auto';
    bubble.style.bottom = below ? 'auto' : `${view.innerHeight - rect.top + 6}px`;
  };
  const hide = () => {
    bubble.hidden = true;
  };

  const cleanups = targets.map((target) => {
    const { element } = target;
    const before = { tabindex: element.getAttribute('tabindex'), style: element.getAttribute('style') };
    element.setAttribute('tabindex', '0');
    element.setAttribute('aria-description', target.text);
    element.setAttribute('data-form4-lens', '');
    // Underline and cursor change no box size: the page's layout stays as it was.
    element.style.textDecoration = 'underline dotted';
    element.style.cursor = 'help';
    const onShow = () => show(target);
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') hide();
    };
    element.addEventListener('mouseenter', onShow);
    element.addEventListener('focus', onShow);
    element.addEventListener('mouseleave', hide);
    element.addEventListener('blur', hide);
    element.addEventListener('keydown', onKey);
    return () => {
      element.removeEventListener('mouseenter', onShow);
      element.removeEventListener('focus', onShow);
      element.removeEventListener('mouseleave', hide);
      element.removeEventListener('blur', hide);
      element.removeEventListener('keydown', onKey);
      for (const [name, value] of Object.entries(before)) {
        if (value === null) element.removeAttribute(name);
        else element.setAttribute(name, value);
      }
      element.removeAttribute('aria-description');
      element.removeAttribute('data-form4-lens');
    };
  });
  return () => {
    cleanups.forEach((cleanup) => cleanup());
    remove();
  };
}
