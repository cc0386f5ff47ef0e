import type { ComponentChildren } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';

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

/**
 * A trigger that explains itself on hover and on keyboard focus. The explanation is placed
 * with fixed coordinates so no scrolling container clips it; Escape hides it.
 */
export function Tip({ children, tip, label, class: className, onActiveChange }: TipProps) {
  const id = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);

  const show = () => {
    const rect = trigger.current?.getBoundingClientRect();
    if (!rect) return;
    const view = trigger.current!.ownerDocument.defaultView;
    const width = view?.innerWidth ?? 1024;
    setPosition({ top: rect.bottom + 6, left: Math.max(8, Math.min(rect.left, width - TIP_WIDTH - 8)) });
    onActiveChange?.(true);
  };
  const hide = () => {
    setPosition(null);
    onActiveChange?.(false);
  };

  return (
    <span class="tip" onMouseEnter={show} onMouseLeave={hide}>
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
        style={position ? { top: `${position.top}px`, left: `${position.left}px` } : undefined}
      >
        {tip}
      </span>
    </span>
  );
}
