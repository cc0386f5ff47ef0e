// The company's trades under the activity chart (docs/design.md section 11): the market's
// trades table for one company's window, with the same presets and filters, sortable; as
// filed, a line per filing and code. Props in, markup out.

import { useMemo, useState } from 'preact/hooks';
import { selectTrades, type Preset, type TradeFilter } from '../../lib/market/trade-filters';
import type { TradeLine } from '../../lib/market/trade-lines';
import type { TradeColumn } from '../../lib/views/trades-order';
import { TradesControls } from '../trades/trades-controls';
import { TradesTable } from '../trades/trades-table';

/**
 * Every column but the ticker (the company is the panel's own), what a reader scans first on
 * the left: in a panel 500 px wide, the filing, who, the code, the dollars, the shares, the
 * price and ΔOwn are in sight; the rest is a scroll away.
 */
const COMPANY_COLUMNS: readonly TradeColumn[] = ['filed', 'insider', 'code', 'value', 'shares', 'price', 'deltaOwn', 'trade', 'role', 'owned', 'flags'];

export function CompanyTrades({ lines, locale }: { lines: TradeLine[]; locale?: string }) {
  const [preset, setPreset] = useState<Preset | null>(null);
  const [filter, setFilter] = useState<TradeFilter>({});
  const shown = useMemo(() => selectTrades(lines, preset, filter), [lines, preset, filter]);
  if (lines.length === 0) return null;
  return (
    <section class="company-trades" aria-labelledby="company-trades-heading" data-testid="company-trades">
      <h3 id="company-trades-heading">Open-market trades</h3>
      <TradesControls preset={preset} onPresetChange={setPreset} filter={filter} onFilterChange={setFilter} foldFilters />
      <p class="muted" data-testid="company-trades-count">
        {shown.length} of {lines.length} shown: a line per filing and code, as filed (not adjusted for splits)
      </p>
      {shown.length > 0 ? <TradesTable lines={shown} columns={COMPANY_COLUMNS} locale={locale} /> : <p class="muted">No trades match.</p>}
    </section>
  );
}
