// The extension's trades page (trades.html[?date=YYYY-MM-DD][&preset=NAME]), opened from the
// popup: a day's insider trades across the market. The day and the preset are kept in the
// address, so a reload or a bookmark opens the same view.

import { render } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { TradesView } from '@/components/trades/trades-view';
import { edgarToday, isIsoDate } from '@/lib/activity/window';
import { PRESETS, toTradeCsvHeader, toTradeCsvLine, type Preset, type TradeLine } from '@/lib/market';
import { copyCsv, downloadCsv } from '../shared/csv-actions';
import { loadSettings } from '../shared/stored-settings';
import { useTrades } from './use-trades';
import { useWatchlist } from '../shared/use-follow';
import { issuerCik } from '@/components/trades/trades-table';
import '@/components/overlay.css';
import '@/components/activity/activity.css';
import '@/components/trades/trades.css';

const today = edgarToday();
const params = new URLSearchParams(location.search);
const askedDate = params.get('date') ?? '';
const firstDate = isIsoDate(askedDate) && askedDate <= today ? askedDate : today;
const askedPreset = params.get('preset');
const firstPreset = (PRESETS as readonly string[]).includes(askedPreset ?? '') ? (askedPreset as Preset) : null;

function keepInAddress(date: string, preset: Preset | null): void {
  const url = new URL(location.href);
  url.searchParams.set('date', date);
  if (preset === null) url.searchParams.delete('preset');
  else url.searchParams.set('preset', preset);
  history.replaceState(null, '', url);
}

function toCsv(lines: TradeLine[], delimiter: ',' | ';' | '\t'): string {
  return toTradeCsvHeader(delimiter) + lines.map((line) => toTradeCsvLine(line, delimiter)).join('');
}

function TradesPage({ csvDelimiter }: { csvDelimiter: ',' | ';' | '\t' }) {
  const [date, setDate] = useState(firstDate);
  const [preset, setPreset] = useState<Preset | null>(firstPreset);
  const state = useTrades(date);
  const lines = useMemo(() => [...state.lines.values()].flat(), [state.lines]);
  const [watchlist, askWatchlist] = useWatchlist();
  const companies = useMemo(() => new Set(watchlist?.companies.map((one) => one.cik)), [watchlist]);
  return (
    <main aria-label="Form 4 Lens insider trades">
      <TradesView
        date={date}
        today={today}
        onDateChange={(day) => {
          if (!isIsoDate(day) || day > today) return;
          setDate(day);
          keepInAddress(day, preset);
        }}
        source={state.source}
        progress={{ read: state.lines.size + state.unreadable.size, total: state.total, unreadable: state.unreadable.size }}
        lines={lines}
        preset={preset}
        onPresetChange={(next) => {
          setPreset(next);
          keepInAddress(date, next);
        }}
        problem={state.queueProblem ?? state.problem}
        gaps={state.gaps}
        onCopyCsv={(shown) => copyCsv(toCsv(shown, csvDelimiter), shown.length)}
        onDownloadCsv={(shown) => downloadCsv(document, toCsv(shown, csvDelimiter), `insider-trades-${date}.csv`)}
        follow={
          watchlist && {
            companies,
            onFollow: (line, follow) => askWatchlist({ action: 'follow', kind: 'company', cik: issuerCik(line), name: line.issuer.name, follow }),
          }
        }
        locale={navigator.language}
      />
    </main>
  );
}

void loadSettings().then((settings) => render(<TradesPage csvDelimiter={settings.csvDelimiter} />, document.getElementById('app')!));
