// The activity view in the filing overlay's shell, for company pages: the same panel, title
// bar to drag, collapse to a one-line launcher that still says the verdict, kept in the window.

import type { PanelPosition } from '../../lib/settings/panel-state';
import { PanelShell } from '../panel-shell';
import { ActivityView, type ActivityViewProps } from './activity-view';
import { toVerdict } from '../../lib/wording/verdict';

export interface ActivityPanelProps extends ActivityViewProps {
  collapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  position: PanelPosition | null;
  onPositionChange: (position: PanelPosition) => void;
}

export function ActivityPanel(props: ActivityPanelProps) {
  return (
    <PanelShell
      label="Form 4 Lens insider activity"
      testId="activity-panel"
      class="activity-panel"
      collapsed={props.collapsed}
      onCollapsedChange={props.onCollapsedChange}
      launcherText={`Insider activity: ${toVerdict(props.model.issuer, props.locale)}`}
      collapseLabel="Collapse insider activity"
      position={props.position}
      onPositionChange={props.onPositionChange}
      redraw={props.model.progress.read}
    >
      <ActivityView {...props} />
    </PanelShell>
  );
}
