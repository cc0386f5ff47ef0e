// The page's own scripts can reach into our (open) shadow root and call `button.click()` or
// dispatch events: a filing page once collapsed the overlay for every later filing that way.
// Events a script makes are not trusted (event.isTrusted is false): stopped here, in the
// capture phase, before any handler of ours that changes stored state, the clipboard or a
// download can see them (docs/design.md section 7).

const USER_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointermove',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'input',
  'change',
  'submit',
] as const;

export function acceptTrustedEventsOnly(root: HTMLElement): void {
  const stopUntrusted = (event: Event) => {
    if (event.isTrusted) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of USER_EVENTS) root.addEventListener(type, stopUntrusted, { capture: true });
}
