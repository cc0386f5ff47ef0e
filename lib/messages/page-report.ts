// What the content script tells the toolbar popup about its tab.
import type { Filing, ParseError } from '../filing/model';

export const GET_REPORT = 'form4-lens:get-report';

export type PageReport =
  | { status: 'loading' }
  | { status: 'ready'; filing: Filing; sourceUrl: string }
  | { status: 'error'; error: ParseError; sourceUrl: string };
