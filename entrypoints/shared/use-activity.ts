// The client side of an activity view (a company page's panel, the extension's activity
// page): asks the background for the filings of a window over a port, feeds the lib roll-up
// as they arrive, and makes the view model. The background fetches; this only adds up.

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ActivityRollup, toActivityCsvHeader, toActivityCsvRows, toActivityWindow, toCikKey } from '@/lib/activity';
import type { CsvOptions } from '@/lib/csv/csv';
import type { Filing } from '@/lib/filing/model';
import type { ActivityViewModel, TimelineTrade, UnreadableFiling, WindowMonths } from '@/lib/activity/view-model';
import { ACTIVITY_PORT, type FilingRef, type FindCompaniesAnswer, type PortMessage } from '../../lib/messages/background-protocol';

export interface ActivitySubject {
  /** Ten digits, or null with a ticker to look up. */
  cik: string | null;
  ticker: string | null;
  /** The day the window ends: a company page's dateb, else today. */
  until: string;
}

export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The CIK of a ticker, from EDGAR's company_tickers.json (through the background, cached). */
async function resolveTicker(ticker: string): Promise<{ cik: string } | { message: string }> {
  const answer = (await browser.runtime.sendMessage({ type: 'form4lens:find-companies', query: ticker, limit: 5 })) as FindCompaniesAnswer | undefined;
  if (!answer) return { message: 'Form 4 Lens could not reach its background to look up the ticker; reload the page.' };
  if (!answer.ok) return { message: answer.message };
  const company = answer.companies.find((c) => c.ticker === ticker.toUpperCase());
  return company ? { cik: company.cik } : { message: `EDGAR's list of tickers has no company with the ticker ${ticker}; open the page by CIK instead.` };
}

interface Received {
  company: { cik: string; name: string | null; ticker: string | null } | null;
  refs: FilingRef[] | null;
  filings: Map<string, { ref: FilingRef; filing: Filing }>;
  unreadable: UnreadableFiling[];
  problem: string | null;
  queueProblem: string | null;
}

const EMPTY: Received = { company: null, refs: null, filings: new Map(), unreadable: [], problem: null, queueProblem: null };

export interface ActivityClient {
  model: ActivityViewModel;
  setMonths: (months: WindowMonths) => void;
  /** The CSV of every row in the window of every filing counted (header included). */
  csv: (options: CsvOptions) => { text: string; rows: number };
}

export function useActivity(subject: ActivitySubject): ActivityClient {
  const [months, setMonths] = useState<WindowMonths>(12);
  const [cik, setCik] = useState<string | null>(subject.cik);
  const [received, setReceived] = useState<Received>(EMPTY);
  const window = useMemo(() => toActivityWindow(months, subject.until), [months, subject.until]);
  const port = useRef<Browser.runtime.Port | null>(null);

  useEffect(() => {
    if (cik !== null || subject.ticker === null) return;
    resolveTicker(subject.ticker).then(
      (found) => ('cik' in found ? setCik(found.cik) : setReceived({ ...EMPTY, problem: found.message })),
      () => setReceived({ ...EMPTY, problem: 'Form 4 Lens could not look up the ticker; reload the page.' }),
    );
  }, [cik, subject.ticker]);

  useEffect(() => {
    if (cik === null) return;
    const connection = browser.runtime.connect({ name: ACTIVITY_PORT });
    port.current = connection;
    let closed = false;
    connection.onMessage.addListener((message: PortMessage) => {
      setReceived((state) => receive(state, message));
    });
    connection.onDisconnect.addListener(() => {
      if (!closed) setReceived((state) => ({ ...state, problem: "Form 4 Lens's background stopped answering; reload the page to read the filings again." }));
    });
    return () => {
      closed = true;
      connection.disconnect();
      port.current = null;
    };
  }, [cik]);

  useEffect(() => {
    if (cik === null || !port.current || window.from === null || window.until === null) return;
    setReceived((state) => ({ ...state, refs: null, unreadable: [], problem: null }));
    port.current.postMessage({ type: 'watch', cik, from: window.from, until: window.until });
  }, [cik, window.from, window.until]);

  const report = useMemo(() => {
    const rollup = new ActivityRollup({ window, keepTrades: true });
    for (const { ref, filing } of received.filings.values()) rollup.add(filing, ref.xmlUrl);
    return rollup.summarise();
  }, [received.filings, window]);

  const model: ActivityViewModel = useMemo(() => {
    const issuerKey = cik === null ? null : toCikKey(cik);
    const issuer = report.issuers.find((one) => one.key === issuerKey) ?? report.issuers[0] ?? null;
    const trades: TimelineTrade[] = [];
    for (const entry of report.counted) {
      const insider = entry.owners.map((owner) => owner.name ?? `CIK ${owner.cik}`).join(' & ');
      (entry.trades ?? []).forEach((trade, index) => {
        if (trade.date === null) return;
        trades.push({ id: `${entry.id}#${index}`, date: trade.date, code: trade.code, shares: trade.shares, price: trade.price, value: trade.value, tenB5One: trade.tenB5One, insider, url: entry.source });
      });
    }
    trades.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const refs = received.refs;
    const unread = new Set(received.unreadable.map((one) => one.accession));
    return {
      company: received.company,
      months,
      from: window.from ?? '',
      until: window.until ?? '',
      progress: { read: refs === null ? 0 : refs.filter((ref) => received.filings.has(ref.accession) || unread.has(ref.accession)).length, total: refs?.length ?? null },
      issuer,
      trades,
      unreadable: received.unreadable,
      notes: report.notes,
      problem: received.queueProblem ?? received.problem,
    };
  }, [report, received, months, window, cik]);

  const csv = (options: CsvOptions) => {
    const parts = [toActivityCsvHeader(options.delimiter)];
    let rows = 0;
    for (const entry of report.counted) {
      const kept = entry.accession === null ? undefined : received.filings.get(entry.accession);
      if (!kept) continue;
      const lines = toActivityCsvRows(kept.filing, window, { ...options, sourceUrl: kept.ref.xmlUrl });
      rows += lines.split('\r\n').length - 1;
      parts.push(lines);
    }
    return { text: parts.join(''), rows };
  };

  return { model, setMonths, csv };
}

function receive(state: Received, message: PortMessage): Received {
  switch (message.type) {
    case 'company':
      return {
        ...state,
        company: { cik: message.cik, name: message.name, ticker: message.tickers[0] ?? null },
        refs: message.refs,
        // Filings of an earlier, wider window stay: the roll-up keeps only the rows in the window.
        unreadable: [],
        problem: null,
      };
    case 'filing': {
      const filings = new Map(state.filings);
      filings.set(message.ref.accession, { ref: message.ref, filing: message.filing });
      return { ...state, filings };
    }
    case 'unreadable':
      if (state.unreadable.some((one) => one.accession === message.ref.accession)) return state;
      return { ...state, unreadable: [...state.unreadable, { accession: message.ref.accession, url: message.ref.xmlUrl, message: message.message }] };
    case 'queue':
      return { ...state, queueProblem: message.state.status === 'paused' ? `${message.state.message} (again at ${new Date(message.state.until).toLocaleTimeString()})` : null };
    case 'error':
      return { ...state, problem: message.message };
    default:
      return state;
  }
}
