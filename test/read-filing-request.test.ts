// The background's read-filing answer (lib/messages/parse-filing-answer.ts): the same filing and figures
// the content script computed itself before, for every corpus file; answered only to the
// extension's own senders and only for well-formed requests; and every answer survives the
// JSON copy Chrome's messaging makes (Firefox's structured clone keeps more).

import { describe, expect, it } from 'vitest';
import { computeFigures } from '../lib/figures/figures';
import { parseOwnership } from '../lib/filing/parse-ownership';
import { READ_FILING, WAKE_FOR_FILING, type ReadFilingAnswer } from '../lib/messages/parse-filing';
import { readFilingRequest, toReadFilingListener } from '../lib/messages/parse-filing-answer';
import { MAX_REQUEST_CHARS } from '../lib/xml/xml-size';
import { corpusMissingMessage, listCorpus, readCorpus } from './corpus-path';

const GOOG_2022 = 'xml/InsidersTradeMonitor__GOOG_000120919122024550_doc4.xml';
const SUBMISSION = 'submissions/edgartools__0000320193-22-000061.txt';
const OWN_ID = 'form4-lens-test-id';

const request = (text: string, filingDate?: string | null) => ({ type: READ_FILING, text, ...(filingDate === undefined ? {} : { filingDate }) });

/** What toShownFiling computed in the page before the parse moved to the background. */
function inPage(text: string, pageFilingDate: string | null): ReadFilingAnswer {
  const parsed = parseOwnership(text);
  if (!parsed.ok) return { status: 'refused', error: parsed.error };
  const filing = { ...parsed.filing, filingDate: parsed.filing.filingDate ?? pageFilingDate };
  return { status: 'read', filing, figures: computeFigures(filing.document, { filingDate: filing.filingDate }) };
}

describe('readFilingRequest on the corpus', () => {
  const files = [...listCorpus('xml'), ...listCorpus('submissions')];

  it('finds the corpus', () => {
    expect(files.length, corpusMissingMessage()).toBeGreaterThan(500);
  });

  it('answers what the page computed before, and the answer survives a JSON copy, for every file', () => {
    let read = 0;
    for (const file of files) {
      const text = readCorpus(file);
      const answer = readFilingRequest(request(text, '2022-05-06'));
      expect(answer, file).toEqual(inPage(text, '2022-05-06'));
      expect(JSON.parse(JSON.stringify(answer)), `${file}: JSON copy`).toStrictEqual(answer);
      if (answer?.status === 'read') read += 1;
    }
    expect(read, 'corpus files read').toBeGreaterThan(450);
  });
});

describe('readFilingRequest', () => {
  it('uses the page\'s filing date only when the text states none', () => {
    const xml = readCorpus(GOOG_2022);
    const fromPage = readFilingRequest(request(xml, '2022-08-03'));
    if (fromPage?.status !== 'read') throw new Error(`GOOG 2022 was not read: ${JSON.stringify(fromPage)}`);
    expect(fromPage.filing.filingDate).toBe('2022-08-03');
    expect(fromPage.figures.dates).toEqual(computeFigures(fromPage.filing.document, { filingDate: '2022-08-03' }).dates);
    const noDate = readFilingRequest(request(xml));
    expect(noDate?.status === 'read' && noDate.filing.filingDate).toBe(null);

    const submission = readFilingRequest(request(readCorpus(SUBMISSION), '1999-01-01'));
    expect(submission?.status === 'read' && submission.filing.filingDate).toBe('2022-05-06');
  });

  it.each([
    ['the empty text', '', 'Form 4 XML: the file is empty.'],
    ['an HTML page', '<html><body>Not here</body></html>', 'Form 4 XML: expected <ownershipDocument> root, found <html>.'],
  ])('refuses %s with the parser\'s sentence', (_label, text, message) => {
    expect(readFilingRequest(request(text))).toEqual({ status: 'refused', error: { message } });
  });

  it.each([
    ['another message', { type: 'form4-lens:get-report' }],
    ['no message', undefined],
    ['a string', READ_FILING],
    ['no text', { type: READ_FILING }],
    ['a text that is not a string', { type: READ_FILING, text: 42 }],
    ['a text longer than any request carries', { type: READ_FILING, text: ' '.repeat(MAX_REQUEST_CHARS + 1) }],
    ['a filing date that is not a date', { type: READ_FILING, text: '<ownershipDocument/>', filingDate: 'yesterday' }],
  ])('does not answer %s', (_label, message) => {
    expect(readFilingRequest(message)).toBe(null);
  });
});

describe('toReadFilingListener', () => {
  const listen = (message: unknown, sender: { id?: string }) => {
    const answers: (ReadFilingAnswer | true)[] = [];
    const returned = toReadFilingListener(OWN_ID)(message, sender, (answer) => answers.push(answer));
    return { answers, returned };
  };

  it('answers the extension\'s own sender at once (no promise, no open channel)', () => {
    const { answers, returned } = listen(request(readCorpus(GOOG_2022)), { id: OWN_ID });
    expect(answers.map((a) => a !== true && a.status)).toEqual(['read']);
    expect(returned).toBe(undefined);
  });

  it.each([
    ['another extension', { id: 'someone-else' }],
    ['a sender without an id', {}],
  ])('does not answer %s', (_label, sender) => {
    expect(listen(request(readCorpus(GOOG_2022)), sender).answers).toEqual([]);
  });

  it('answers the wake-up before a request with true, and only to its own sender', () => {
    expect(listen({ type: WAKE_FOR_FILING }, { id: OWN_ID }).answers).toEqual([true]);
    expect(listen({ type: WAKE_FOR_FILING }, { id: 'someone-else' }).answers).toEqual([]);
  });

  it('leaves other messages to other listeners', () => {
    expect(listen({ type: 'form4-lens:get-report' }, { id: OWN_ID }).answers).toEqual([]);
  });
});
