// The budgets of test/budgets/budgets.json, typed, for the tests (the bench reads the JSON).

import budgets from './budgets.json' with { type: 'json' };

export const BUDGETS: {
  filingPageScriptGzipKB: number;
  companyPageScriptGzipKB: number;
  historyScriptGzipKB: number;
  latestFilingsScriptGzipKB: number;
  overlayFiguresMs: number;
  overlayFiguresWorkerStoppedMs: number;
} = budgets;
