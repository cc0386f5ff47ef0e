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
  const [position, setPosition] = useState<Record<'top' | 'bottom' | 'left', string> | null>(null);

  const show = () => {
    const rect = trigger.current?.getBoundingClientRect();
    if (!rect) return;
    const view = trigger.current!.ownerDocument.defaultView;
    const width = view?.innerWidth ?? 1024;
    const height = view?.innerHeight ?? 768;
    // Below the trigger in the upper part of the window, above it in the lower part.
    const below = rect.bottom < height * 0.55;
    setPosition({
      top: below ? `${rect.bottom + 6}px` : 'auto',
      bottom: below ? 'auto' : `${height - rect.top + 6}px`,
      left: `${Math.max(8, Math.min(rect.left, width - TIP_WIDTH - 8))}px`,
    });
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
        style={position ?? undefined}
      >
        {tip}
      </span>
    </span>
  );
}
