// The trades view's presets and filters (docs/design.md section 11): OpenInsider's screens as
// one choice, and the reader's own filters beside them; props in, choices out.

import { PRESET_LABELS, PRESETS, type Preset, type Role, type TradeFilter } from '../../lib/market';

interface TradesControlsProps {
  preset: Preset | null;
  onPresetChange: (preset: Preset | null) => void;
  filter: TradeFilter;
  onFilterChange: (filter: TradeFilter) => void;
  /** Filters behind a "Filters" disclosure, for a panel with little height to spare. */
  foldFilters?: boolean;
}

const ROLE_OPTIONS: [Role, string][] = [
  ['ceo', 'CEO'],
  ['cfo', 'CFO'],
  ['officer', 'Officer'],
  ['director', 'Director'],
  ['10%', '10% owner'],
];

/** A number typed in a box, or undefined when the box is empty or not a number. */
function typedNumber(text: string): number | undefined {
  const value = Number(text);
  return text.trim() === '' || !Number.isFinite(value) ? undefined : value;
}

export function TradesControls({ preset, onPresetChange, filter, onFilterChange, foldFilters = false }: TradesControlsProps) {
  const set = (change: Partial<TradeFilter>) => {
    const next: TradeFilter = { ...filter, ...change };
    for (const key of Object.keys(next) as (keyof TradeFilter)[]) if (next[key] === undefined || next[key] === false) delete next[key];
    onFilterChange(next);
  };
  const filters = (
    <div role="group" aria-label="Filters" class="filters">
      <label>
        Code{' '}
        <select name="code" value={filter.codes?.join(',') ?? ''} onChange={(event) => set({ codes: event.currentTarget.value === '' ? undefined : [event.currentTarget.value as 'P' | 'S'] })}>
          <option value="">P and S</option>
          <option value="P">P (purchases)</option>
          <option value="S">S (sales)</option>
        </select>
      </label>
      <label>
        Role{' '}
        <select name="role" value={filter.roles?.[0] ?? ''} onChange={(event) => set({ roles: event.currentTarget.value === '' ? undefined : [event.currentTarget.value as Role] })}>
          <option value="">any</option>
          {ROLE_OPTIONS.map(([role, label]) => (
            <option key={role} value={role}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Value at least ${' '}
        <input name="min-value" type="number" min={0} step={1000} inputMode="numeric" value={filter.minValue ?? ''} onChange={(event) => set({ minValue: typedNumber(event.currentTarget.value) })} />
      </label>
      <label>
        ΔOwn at least{' '}
        <input
          name="min-delta-own"
          type="number"
          step={1}
          inputMode="decimal"
          value={filter.minDeltaOwn === undefined ? '' : Number((filter.minDeltaOwn * 100).toFixed(4))}
          onChange={(event) => {
            const percent = typedNumber(event.currentTarget.value);
            set({ minDeltaOwn: percent === undefined ? undefined : percent / 100 });
          }}
        />
        %
      </label>
      <label>
        <input name="late" type="checkbox" checked={filter.lateOnly === true} onChange={(event) => set({ lateOnly: event.currentTarget.checked })} /> late only
      </label>
      <label>
        <input name="no-10b5-1" type="checkbox" checked={filter.without10b5One === true} onChange={(event) => set({ without10b5One: event.currentTarget.checked })} /> without 10b5-1
      </label>
    </div>
  );
  return (
    <div class="trades-controls">
      <div role="group" aria-label="Presets" class="presets">
        {[null, ...PRESETS].map((name) => (
          <button key={name ?? 'all'} type="button" class="window-choice" name={`preset-${name ?? 'all'}`} aria-pressed={preset === name ? 'true' : 'false'} onClick={() => onPresetChange(name)}>
            {name === null ? 'All trades' : PRESET_LABELS[name]}
          </button>
        ))}
      </div>
      {foldFilters ? (
        <details class="filters-fold">
          <summary>Filters{Object.keys(filter).length > 0 ? ` (${Object.keys(filter).length})` : ''}</summary>
          {filters}
        </details>
      ) : (
        filters
      )}
    </div>
  );
}
