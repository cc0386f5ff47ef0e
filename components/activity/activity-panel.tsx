// The activity view in the filing overlay's shell, for company pages: the same panel, title
// bar to drag, collapse to a one-line launcher that still says the verdict, kept in the window.

import { useRef } from 'preact/hooks';
import type { PanelPosition } from '../../lib/panel-state';
import { useDrag, useKeptInWindow } from '../overlay';
import { ActivityView, type ActivityViewProps } from './activity-view';
import { toVerdict } from './verdict';

export interface ActivityPanelProps extends ActivityViewProps {
  collapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  position: PanelPosition | null;
  onPositionChange: (position: PanelPosition) => void;
}

export function ActivityPanel(props: ActivityPanelProps) {
  const { collapsed, onCollapsedChange, model } = props;
  const { panel, onPointerDown, place } = useDrag(props.position, props.onPositionChange);
  const launcher = useRef<HTMLButtonElement>(null);
  useKeptInWindow(collapsed ? launcher : panel, place, `${collapsed}${model.progress.read}`);
  const style = place ? { left: `${place.left}px`, top: `${place.top}px`, right: 'auto', bottom: 'auto' } : undefined;

  if (collapsed) {
    return (
      <button type="button" class="launcher" ref={launcher} style={style} onClick={() => onCollapsedChange(false)} aria-expanded="false">
        Insider activity: {toVerdict(model.issuer, props.locale)}
      </button>
    );
  }
  return (
    <section class="panel activity-panel" ref={panel} style={style} aria-label="Form 4 Lens insider activity" data-testid="activity-panel">
      <div class="titlebar" onPointerDown={onPointerDown}>
        <span class="brand">Form 4 Lens</span>
        <button type="button" class="icon" onClick={() => onCollapsedChange(true)} aria-expanded="true" aria-label="Collapse insider activity">
          _
        </button>
      </div>
      <div class="body">
        <ActivityView {...props} />
      </div>
    </section>
  );
}
