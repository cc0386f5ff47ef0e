// The headline's frame by form type (docs/design.md section 4, "Reading right": "Form type frames
// the headline"). A Form 3 is the initial statement of what an insider owns on becoming one
// (Exchange Act Rule 16a-3, Form 3 General Instruction 1): it has no transactions, so it never
// says "no open-market trades". A Form 5 is the annual statement of transactions that were
// exempt from, or missed by, Form 4 (Form 5 General Instruction 1). An amendment replaces an
// earlier filing of the same form, whose date it gives (dateOfOriginalSubmission).

import type { OwnershipDocument } from '../filing/model';

export type BaseForm = '3' | '4' | '5';

export interface FormFraming {
  /** The form without "/A". */
  form: BaseForm;
  /** '3' initial statement of holdings, '4' statement of changes, '5' annual statement. */
  kind: 'initialHoldings' | 'changes' | 'annualStatement';
  /** "Initial statement of holdings (Form 3)", "Statement of changes (Form 4)", "Annual statement (Form 5)". */
  title: string;
  /**
   * 'holdings' for a Form 3 (lead with what the insider owns, both tables), 'trades' for
   * Forms 4 and 5 (lead with the open-market net, or what did happen).
   */
  leadsWith: 'holdings' | 'trades';
  /** Form 3 with noSecuritiesOwned: the insider owns no securities of the issuer. */
  ownsNoSecurities: boolean;
  /**
   * Form 5's boxes: the statement also reports holdings that were due on a Form 3
   * (form3HoldingsReported) or transactions that were due on a Form 4 (form4TransactionsReported).
   * null on other forms or when the box is not in the XML.
   */
  form3HoldingsReported: boolean | null;
  form4TransactionsReported: boolean | null;
  /** An amendment: the form it amends and the original's date (null when not given). */
  amends: { form: BaseForm; originalDate: string | null } | null;
  /** The frame in plain sentences, headline first: what a reader sees before any figure. */
  sentences: string[];
}

const TITLES: Record<BaseForm, string> = {
  '3': 'Initial statement of holdings (Form 3)',
  '4': 'Statement of changes in ownership (Form 4)',
  '5': 'Annual statement of changes in ownership (Form 5)',
};

function toBaseForm(documentType: OwnershipDocument['documentType']): BaseForm {
  return documentType.charAt(0) as BaseForm;
}

function sentencesOf(framing: Omit<FormFraming, 'sentences'>): string[] {
  const sentences: string[] = [];
  if (framing.amends) {
    const original = framing.amends.originalDate ?? 'a date not given';
    sentences.push(`Amends the Form ${framing.amends.form} filed on ${original}.`);
  }
  switch (framing.form) {
    case '3':
      sentences.push(
        framing.ownsNoSecurities
          ? 'Initial statement of holdings: owns no securities of the issuer.'
          : 'Initial statement of holdings: what the insider owns on becoming an insider.',
      );
      break;
    case '5':
      sentences.push('Annual statement: transactions of the fiscal year that were exempt from Form 4 or not reported on one.');
      if (framing.form3HoldingsReported) sentences.push('Also reports holdings that were due on a Form 3.');
      if (framing.form4TransactionsReported) sentences.push('Also reports transactions that were due on a Form 4.');
      break;
    case '4':
      break;
  }
  return sentences;
}

export function toFormFraming(document: OwnershipDocument): FormFraming {
  const form = toBaseForm(document.documentType);
  const isFive = form === '5';
  const framing: Omit<FormFraming, 'sentences'> = {
    form,
    kind: form === '3' ? 'initialHoldings' : form === '5' ? 'annualStatement' : 'changes',
    title: TITLES[form],
    leadsWith: form === '3' ? 'holdings' : 'trades',
    ownsNoSecurities: form === '3' && document.noSecuritiesOwned,
    form3HoldingsReported: isFive ? document.form3HoldingsReported : null,
    form4TransactionsReported: isFive ? document.form4TransactionsReported : null,
    amends: document.documentType.endsWith('/A') ? { form, originalDate: document.dateOfOriginalSubmission } : null,
  };
  return { ...framing, sentences: sentencesOf(framing) };
}
