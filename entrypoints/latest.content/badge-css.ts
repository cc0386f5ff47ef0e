// The badge's styles, inside its own shadow root: set on every element (a page in quirks mode
// resets font and colour in tables, engineering.md), light and dark. The direction is in the
// sign and the code as well as the colour.

export const BADGE_CSS = `
.badge {
  display: inline-flex; align-items: baseline; gap: 0.35em; margin: 0 0.4em; padding: 0 0.4em;
  border: 1px solid #b8c0c8; border-radius: 3px; background: #f4f6f8; color: #1f2328;
  font: 11px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-weight: normal;
  white-space: nowrap; vertical-align: baseline; cursor: default;
}
.badge b, .badge span { font: inherit; color: inherit; }
.badge .codes { font-weight: 700; }
.badge .net { font-variant-numeric: tabular-nums; font-weight: 600; }
.badge .role { color: #4a545e; }
.badge .flag { padding: 0 0.3em; border-radius: 2px; background: #fff3cd; color: #664d03; }
.badge.buy { border-color: #7cc08f; background: #e8f6ec; }
.badge.buy .codes, .badge.buy .net { color: #116329; }
.badge.sell { border-color: #e3a0a0; background: #fcecec; }
.badge.sell .codes, .badge.sell .net { color: #a40e26; }
.badge.none .codes { color: #4a545e; font-weight: 600; }
.badge.unreadable { color: #6e7781; }
@media (prefers-color-scheme: dark) {
  .badge { border-color: #4a535c; background: #22272e; color: #e6e9ec; }
  .badge .role, .badge.none .codes { color: #a4adb6; }
  .badge .flag { background: #4d4318; color: #f5dd8c; }
  .badge.buy { border-color: #2f6b3f; background: #17301f; }
  .badge.buy .codes, .badge.buy .net { color: #6fdc8c; }
  .badge.sell { border-color: #7a3434; background: #3a1d1d; }
  .badge.sell .codes, .badge.sell .net { color: #ff8b8b; }
  .badge.unreadable { color: #a4adb6; }
}
`;
