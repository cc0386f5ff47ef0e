import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';

interface TipProps {
  /** The visible trigger: a code letter, a footnote marker. */
  children: ComponentChildren;
  /** What the trigger means; always in the DOM so screen readers announce it on focus. */
  tip: ComponentChildren;
  /** Accessible name of the trigger when its text alone says little ("footnote 1"). */
  label?: string;
  class?: string;
  onActiveChange?: (active: boolean) => void;
}

const TIP_WIDTH = 320;
const GAP = 6;
/** Time to move the pointer from the trigger onto its explanation (to read or select it) before it closes. */
const HIDE_DELAY_MS = 250;

type Placement = Record<'top' | 'bottom' | 'left' | 'maxHeight', string>;

/**
 * A trigger that explains itself on hover and on keyboard focus. The explanation is placed
 * with fixed coordinates so no scrolling container clips it; Escape hides it.
 */
export function Tip({ children, tip, label, class: className, onActiveChange }: TipProps) {
  const id = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const [position, setPosition] = useState<Placement | null>(null);
  const hideTimer = useRef(0);
  const cancelHide = () => clearTimeout(hideTimer.current);
  useEffect(() => cancelHide, []);

  const show = () => {
    cancelHide();
    const rect = trigger.current?.getBoundingClientRect();
    if (!rect) return;
    const view = trigger.current!.ownerDocument.defaultView;
    const width = view?.innerWidth ?? 1024;
    const height = view?.innerHeight ?? 768;
    // On the side of the trigger with more room, as tall as that room allows (scrolling beyond).
    const roomBelow = height - rect.bottom - GAP - 8;
    const roomAbove = rect.top - GAP - 8;
    const below = roomBelow >= roomAbove;
    setPosition({
      top: below ? `${rect.bottom + GAP}px` : 'auto',
      bottom: below ? 'auto' : `${height - rect.top + GAP}px`,
      left: `${Math.max(8, Math.min(rect.left, width - TIP_WIDTH - 8))}px`,
      maxHeight: `${Math.max(80, below ? roomBelow : roomAbove)}px`,
    });
    onActiveChange?.(true);
  };
  const hide = () => {
    cancelHide();
    setPosition(null);
    onActiveChange?.(false);
  };
  // The explanation sits inside this span, so moving onto it counts as staying: a short delay
  // bridges the gap between trigger and explanation.
  const hideSoon = () => {
    cancelHide();
    hideTimer.current = setTimeout(hide, HIDE_DELAY_MS) as unknown as number;
  };

  return (
    <span class="tip" onMouseEnter={show} onMouseLeave={hideSoon}>
      <button
        type="button"
        ref={trigger}
        class={className}
        aria-label={label}
        aria-describedby={id}
        onFocus={show}
        onBlur={hide}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && position) {
            event.stopPropagation();
            hide();
          }
        }}
      >
        {children}
      </button>
      <span
        role="tooltip"
        id={id}
        class="tip-body"
        hidden={position === null}
        style={position ?? undefined}
      >
        {tip}
      </span>
    </span>
  );
}
