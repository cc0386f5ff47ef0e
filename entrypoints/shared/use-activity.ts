// The client side of an activity view (a company page's panel, the extension's activity
// page): asks the background for a company's window over a port and draws what it sends back.
// The background reads the filings and rolls them up (lib/views/activity-session.ts); this
// only wires the port and the hooks, so the company page's script carries no roll-up.

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isIsoDate, toActivityWindow } from '@/lib/activity/window';
import type { CsvOptions } from '@/lib/csv/csv';
import type { ActivityView, ActivityViewModel, WindowMonths } from '@/lib/messages/activity-view';
import type { PortMessage } from '@/lib/messages/background-protocol';
import { ACTIVITY_PORT, MESSAGE } from '@/lib/messages/message-names';
import { describePause } from '@/lib/sec/request-queue';
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
  /** The CSV of every row in the window of every filing counted (header included), made by the background. */
  csv: (options: CsvOptions) => Promise<{ text: string; rows: number }>;
}

/** The view before the background's first answer: the window's dates, nothing read. */
function emptyView(from: string, until: string): ActivityView {
  return { company: null, from, until, progress: { read: 0, total: null }, issuer: null, trades: [], lines: [], unreadable: [], gaps: [], notes: [], problem: null };
}

type CsvAnswer = { text: string; rows: number };

const STOPPED = "Form 4 Lens's background stopped answering; reload the page to read the filings again.";

export function useActivity(subject: ActivitySubject): ActivityClient {
  const [months, setMonths] = useState<WindowMonths>(12);
  const [until, setUntilState] = useState(subject.until);
  const [cik, setCik] = useState<string | null>(subject.cik);
  const [view, setView] = useState<ActivityView | null>(null);
  /** Said here, not by the background: the ticker not found, the background gone, the queue paused. */
  const [problem, setProblem] = useState<string | null>(null);
  const [queueProblem, setQueueProblem] = useState<string | null>(null);
  const period = useMemo(() => toActivityWindow(months, until), [months, until]);
  const port = useRef<Browser.runtime.Port | null>(null);
  const csvWaiters = useRef(new Map<number, { resolve: (answer: CsvAnswer) => void; reject: (error: Error) => void }>());
  const lastCsv = useRef(0);

  useEffect(() => {
    if (cik !== null || subject.ticker === null) return;
    resolveTicker(subject.ticker).then(
      (found) => ('cik' in found ? setCik(found.cik) : setProblem(found.message)),
      () => setProblem('Form 4 Lens could not look up the ticker; reload the page.'),
    );
  }, [cik, subject.ticker]);

  useEffect(() => {
    if (cik === null) return;
    const connection = browser.runtime.connect({ name: ACTIVITY_PORT });
    port.current = connection;
    let closed = false;
    connection.onMessage.addListener((message: PortMessage) => {
      if (message.type === 'activity') setView(message.view);
      else if (message.type === 'queue') setQueueProblem(describePause(message.state));
      else if (message.type === 'csv') {
        const waiter = csvWaiters.current.get(message.id);
        csvWaiters.current.delete(message.id);
        if ('error' in message) waiter?.reject(new Error(message.error));
        else waiter?.resolve({ text: message.text, rows: message.rows });
      }
    });
    connection.onDisconnect.addListener(() => {
      for (const waiter of csvWaiters.current.values()) waiter.reject(new Error(STOPPED));
      csvWaiters.current.clear();
      if (!closed) setProblem(STOPPED);
    });
    return () => {
      closed = true;
      connection.disconnect();
      port.current = null;
    };
  }, [cik]);

  useEffect(() => {
    if (cik === null || !port.current || period.from === null || period.until === null) return;
    port.current.postMessage({ type: 'watch', cik, from: period.from, until: period.until });
  }, [cik, period.from, period.until]);

  const model = useMemo((): ActivityViewModel => {
    const from = period.from ?? '';
    const to = period.until ?? '';
    const shown = view ?? emptyView(from, to);
    // Until the background answers a new window, its dates show at once and the figures as
    // still being read (partial), so nothing of the last window passes for the new one's.
    const current = shown.from === from && shown.until === to;
    const progress = current ? shown.progress : { read: 0, total: null };
    return { ...shown, from, until: to, progress, months, problem: queueProblem ?? problem ?? shown.problem };
  }, [view, months, period, problem, queueProblem]);

  const csv = (options: CsvOptions) =>
    new Promise<CsvAnswer>((resolve, reject) => {
      if (!port.current) return reject(new Error(STOPPED));
      const id = (lastCsv.current += 1);
      csvWaiters.current.set(id, { resolve, reject });
      port.current.postMessage({ type: 'csv', id, delimiter: options.delimiter ?? ',' });
    });

  const setUntil = (day: string) => {
    if (isIsoDate(day)) setUntilState(day);
  };

  return { model, setMonths, setUntil, csv };
}
