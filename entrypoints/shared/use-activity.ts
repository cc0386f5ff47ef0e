// The client side of an activity view (a company page's panel, the extension's activity
// page): asks the background for the filings of a window over a port, feeds the lib roll-up
// as they arrive, and makes the view model (lib/views/activity-client.ts). The background
// fetches; this only wires the port and the hooks.

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ActivityRollup, toActivityWindow } from '@/lib/activity';
import { isIsoDate } from '@/lib/activity/window';
import { NOTHING_RECEIVED, receive, toActivityCsv, toActivityViewModel, type Received } from '@/lib/views/activity-client';
import type { CsvOptions } from '@/lib/csv/csv';
import type { ActivityViewModel, WindowMonths } from '@/lib/views/activity-view-model';
import type { PortMessage } from '@/lib/messages/background-protocol';
import { ACTIVITY_PORT, MESSAGE } from '@/lib/messages/message-names';
import { askBackground } from './ask-background';

export interface ActivitySubject {
  /** Ten digits, or null with a ticker to look up. */
  cik: string | null;
  ticker: string | null;
  /** The day the window ends: a company page's dateb, else today. */
  until: string;
}

/** The CIK of a ticker, from EDGAR's company_tickers.json (through the background, cached). */
async function resolveTicker(ticker: string): Promise<{ cik: string } | { message: string }> {
  const answer = await askBackground({ type: MESSAGE.findCompanies, query: ticker, limit: 5 });
  if (!answer) return { message: 'Form 4 Lens could not reach its background to look up the ticker; reload the page.' };
  if (!answer.ok) return { message: answer.message };
  const company = answer.companies.find((c) => c.ticker === ticker.toUpperCase());
  return company ? { cik: company.cik } : { message: `EDGAR's list of tickers has no company with the ticker ${ticker}; open the page by CIK instead.` };
}

export interface ActivityClient {
  model: ActivityViewModel;
  setMonths: (months: WindowMonths) => void;
  /** Ends the window on another day (YYYY-MM-DD); anything else is ignored. */
  setUntil: (until: string) => void;
  /** The CSV of every row in the window of every filing counted (header included). */
  csv: (options: CsvOptions) => { text: string; rows: number };
}

export function useActivity(subject: ActivitySubject): ActivityClient {
  const [months, setMonths] = useState<WindowMonths>(12);
  const [until, setUntilState] = useState(subject.until);
  const [cik, setCik] = useState<string | null>(subject.cik);
  const [received, setReceived] = useState<Received>(NOTHING_RECEIVED);
  const period = useMemo(() => toActivityWindow(months, until), [months, until]);
  const port = useRef<Browser.runtime.Port | null>(null);

  useEffect(() => {
    if (cik !== null || subject.ticker === null) return;
    resolveTicker(subject.ticker).then(
      (found) => ('cik' in found ? setCik(found.cik) : setReceived({ ...NOTHING_RECEIVED, problem: found.message })),
      () => setReceived({ ...NOTHING_RECEIVED, problem: 'Form 4 Lens could not look up the ticker; reload the page.' }),
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
    if (cik === null || !port.current || period.from === null || period.until === null) return;
    setReceived((state) => ({ ...state, refs: null, unreadable: [], problem: null }));
    port.current.postMessage({ type: 'watch', cik, from: period.from, until: period.until });
  }, [cik, period.from, period.until]);

  const report = useMemo(() => {
    const rollup = new ActivityRollup({ window: period, keepTrades: true });
    for (const { ref, filing } of received.filings.values()) rollup.add(filing, ref.xmlUrl);
    return rollup.summarise();
  }, [received.filings, period]);

  const model = useMemo(() => toActivityViewModel({ report, received, months, period, cik }), [report, received, months, period, cik]);
  const csv = (options: CsvOptions) => toActivityCsv(report, received, period, cik, options);

  const setUntil = (day: string) => {
    if (isIsoDate(day)) setUntilState(day);
  };

  return { model, setMonths, setUntil, csv };
}
