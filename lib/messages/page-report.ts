// What the content script tells the toolbar popup about its tab.
import type { Filing, ParseError } from '../filing/model';

import { MESSAGE } from './message-names';

export const GET_REPORT = MESSAGE.getReport;

export type PageReport =
  | { status: 'loading' }
  | { status: 'ready'; filing: Filing; sourceUrl: string }
  | { status: 'error'; error: ParseError; sourceUrl: string };
