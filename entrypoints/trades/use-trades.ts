// The trades view's side of its port: asks the background for a day's filings and folds in the
// lines as they arrive. The background lists and fetches (entrypoints/background/trades-port.ts).

import { useEffect, useState } from 'preact/hooks';
import type { TradeLine } from '@/lib/market';
import type { TradesMessage } from '@/lib/messages/background-protocol';
import { TRADES_PORT } from '@/lib/messages/message-names';
import { describePause } from '@/lib/sec/request-queue';

export interface TradesState {
  source: 'feed' | 'index' | null;
  total: number | null;
  /** Each filing read: its lines (none without open-market trades). */
  lines: Map<string, TradeLine[]>;
  unreadable: Set<string>;
  gaps: string[];
  problem: string | null;
  queueProblem: string | null;
}

const NOTHING: TradesState = { source: null, total: null, lines: new Map(), unreadable: new Set(), gaps: [], problem: null, queueProblem: null };

function receive(state: TradesState, message: TradesMessage): TradesState {
  switch (message.type) {
    case 'day':
      return { ...state, source: message.source, total: message.filings.length, gaps: message.gaps, problem: null };
    case 'lines': {
      const lines = new Map(state.lines);
      lines.set(message.accession, message.lines);
      return { ...state, lines };
    }
    case 'unreadable':
      return { ...state, unreadable: new Set(state.unreadable).add(message.accession) };
    case 'queue':
      return { ...state, queueProblem: describePause(message.state) };
    case 'error':
      return { ...state, problem: message.message };
  }
}

export function useTrades(date: string): TradesState {
  const [state, setState] = useState<TradesState>(NOTHING);
  useEffect(() => {
    setState(NOTHING);
    const port = browser.runtime.connect({ name: TRADES_PORT });
    let closed = false;
    port.onMessage.addListener((message: TradesMessage) => setState((current) => receive(current, message)));
    port.onDisconnect.addListener(() => {
      if (!closed) setState((current) => ({ ...current, problem: "Form 4 Lens's background stopped answering; reload the page to read the day again." }));
    });
    port.postMessage({ type: 'day', date });
    return () => {
      closed = true;
      port.disconnect();
    };
  }, [date]);
  return state;
}
