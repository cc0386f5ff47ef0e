// The panel both views live in (the filing overlay, the company pages' activity panel): fixed
// to a corner, dragged by its title bar, kept inside the window on every load and resize,
// collapsed to a one-line launcher that still says the headline.

import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { fitInWindow, type PanelPosition } from '../lib/settings/panel-state';

function viewSize(element: Element | null) {
  const view = element?.ownerDocument.defaultView;
  return { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 };
}

/**
 * Keeps a dragged panel (or its collapsed tab) wholly in the window: on every render and on
 * every resize, however it was placed or whichever screen its position was saved on.
 */
function useKeptInWindow(element: { current: HTMLElement | null }, place: PanelPosition | null, redraw: unknown) {
  const [view, setView] = useState(() => viewSize(null));
  useEffect(() => {
    const window = element.current?.ownerDocument.defaultView;
    if (!window) return;
    const onResize = () => setView(viewSize(element.current));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [element]);
  useLayoutEffect(() => {
    const box = element.current;
    if (!place || !box) return;
    const fitted = fitInWindow(place, box.getBoundingClientRect(), viewSize(box));
    box.style.left = `${fitted.left}px`;
    box.style.top = `${fitted.top}px`;
  }, [element, place, view, redraw]);
}

/** Dragging by the title bar moves the panel; the last position is reported once, on release. */
function useDrag(position: PanelPosition | null, onPositionChange: (position: PanelPosition) => void) {
  const [dragged, setDragged] = useState<PanelPosition | null>(null);
  const panel = useRef<HTMLElement>(null);
  const onPointerDown = (event: PointerEvent) => {
    if ((event.target as Element).closest('button') || !panel.current) return;
    const rect = panel.current.getBoundingClientRect();
    const offset = { x: event.clientX - rect.left, y: event.clientY - rect.top };
    const handle = event.currentTarget as HTMLElement;
    handle.setPointerCapture(event.pointerId);
    let last: PanelPosition | null = null;
    const move = (e: PointerEvent) => {
      last = fitInWindow({ left: e.clientX - offset.x, top: e.clientY - offset.y }, rect, viewSize(handle));
      setDragged(last);
    };
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      if (last) onPositionChange(last);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  };
  return { panel, onPointerDown, place: dragged ?? position };
}

interface PanelShellProps {
  /** Accessible name of the panel ("Form 4 Lens"). */
  label: string;
  testId: string;
  class?: string;
  collapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  /** The launcher's text when collapsed: the headline in one line. */
  launcherText: string;
  /** Accessible name of the collapse button. */
  collapseLabel: string;
  position: PanelPosition | null;
  onPositionChange: (position: PanelPosition) => void;
  /** Changes when the content may change the panel's size, so its place is checked again. */
  redraw: unknown;
  children: ComponentChildren;
  /** Below the scrolling body: the actions. */
  footer?: ComponentChildren;
}

export function PanelShell(props: PanelShellProps) {
  const { collapsed, onCollapsedChange } = props;
  const { panel, onPointerDown, place } = useDrag(props.position, props.onPositionChange);
  const launcher = useRef<HTMLButtonElement>(null);
  useKeptInWindow(collapsed ? launcher : panel, place, `${collapsed}${String(props.redraw)}`);
  const style = place ? { left: `${place.left}px`, top: `${place.top}px`, right: 'auto', bottom: 'auto' } : undefined;

  if (collapsed) {
    return (
      <button type="button" class="launcher" ref={launcher} style={style} onClick={() => onCollapsedChange(false)} aria-expanded="false">
        {props.launcherText}
      </button>
    );
  }
  return (
    <section class={props.class ? `panel ${props.class}` : 'panel'} ref={panel} style={style} aria-label={props.label} data-testid={props.testId}>
      <div class="titlebar" onPointerDown={onPointerDown}>
        <span class="brand">Form 4 Lens</span>
        <button type="button" class="icon" onClick={() => onCollapsedChange(true)} aria-expanded="true" aria-label={props.collapseLabel}>
          _
        </button>
      </div>
      <div class="body">{props.children}</div>
      {props.footer}
    </section>
  );
}
