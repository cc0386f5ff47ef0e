// The star that follows a company or an insider (docs/design.md section 11, "Watchlist"): a
// toggle button whose name says what a press does ("Follow Tesla, Inc.", "Stop following
// Tesla, Inc."), filled while followed. Props in, markup out; the view's script asks the
// background to change the list. Kept tiny: the company-page script is near its size budget.

export interface FollowState {
  followed: boolean;
  /** The company or insider, as the view names it. */
  name: string;
  onToggle: () => void;
}

export function FollowButton({ followed, name, onToggle }: FollowState) {
  const label = `${followed ? 'Stop following' : 'Follow'} ${name}`;
  return (
    <button type="button" class="window-choice follow" aria-pressed={followed} aria-label={label} onClick={onToggle}>
      {followed ? '\u2605' : '\u2606'}
    </button>
  );
}
