// The transaction codes of Form 4 General Instruction 8 (also used by Form 5), in our
// words: what the code means, and what it usually tells a reader about the insider.
// Direction (acquired or disposed) comes from the A/D field of the row, never from the code.

export interface TransactionCode {
  code: string;
  /** A short label for chips and tables. */
  label: string;
  /** What the SEC's instructions say the code is, in plain English. */
  meaning: string;
  /** What it usually means for someone reading the filing. */
  forReader: string;
}

const CODES: readonly TransactionCode[] = [
  {
    code: 'P',
    label: 'Purchase',
    meaning: 'Purchase on the open market or in a private deal.',
    forReader: 'The insider chose to buy with their own money: the trade readers watch most closely.',
  },
  {
    code: 'S',
    label: 'Sale',
    meaning: 'Sale on the open market or in a private deal.',
    forReader: 'The insider sold; check the footnotes for a 10b5-1 plan, which makes a sale pre-scheduled rather than a fresh decision.',
  },
  {
    code: 'V',
    label: 'Voluntary',
    meaning: 'Transaction reported voluntarily, earlier than required.',
    forReader: 'Reported early by choice; the transaction itself is described by the other code on the row.',
  },
  {
    code: 'A',
    label: 'Grant',
    meaning: 'Grant or award from the company (Rule 16b-3(d)): RSUs, bonus shares, options granted.',
    forReader: "Compensation from the company, not a purchase: it says little about the insider's view of the stock.",
  },
  {
    code: 'D',
    label: 'To company',
    meaning: 'Disposition back to the company (Rule 16b-3(e)).',
    forReader: 'Shares returned to or bought back by the company, often under a plan or agreement rather than in the market.',
  },
  {
    code: 'F',
    label: 'Tax/price paid in shares',
    meaning: 'Exercise price or tax paid by handing over, or having the company withhold, shares.',
    forReader: 'Routine: shares withheld to cover tax on vesting or an exercise price, not a sale in the market.',
  },
  {
    code: 'I',
    label: 'Discretionary',
    meaning: 'Discretionary transaction under Rule 16b-3(f), such as a fund switch in a company plan.',
    forReader: 'A move inside a company benefit plan, usually small and not a market trade.',
  },
  {
    code: 'M',
    label: 'Exercise (exempt)',
    meaning: 'Exercise or conversion of a derivative security exempt under Rule 16b-3 (typically options).',
    forReader: 'Options or units turned into shares; look for a same-day S or F row to see whether the shares were kept.',
  },
  {
    code: 'C',
    label: 'Conversion',
    meaning: 'Conversion of a derivative security.',
    forReader: 'A convertible security or unit changed into shares; the economic position is mostly unchanged.',
  },
  {
    code: 'E',
    label: 'Short expiry',
    meaning: 'Expiration of a short derivative position.',
    forReader: 'A written option or similar short position expired.',
  },
  {
    code: 'H',
    label: 'Long expiry (value)',
    meaning: 'Expiration or cancellation of a long derivative position, with value received.',
    forReader: 'A long derivative position ended and the insider received value for it.',
  },
  {
    code: 'O',
    label: 'OTM exercise',
    meaning: 'Exercise of an out-of-the-money derivative security.',
    forReader: 'An option was exercised although it was out of the money: unusual, often read as a bullish signal.',
  },
  {
    code: 'X',
    label: 'ITM exercise',
    meaning: 'Exercise of an in-the-money or at-the-money derivative security.',
    forReader: 'An option was exercised in the money, often before it expires; look for a same-day sale.',
  },
  {
    code: 'G',
    label: 'Gift',
    meaning: 'Bona fide gift.',
    forReader: 'Shares given away (or received) as a gift, often to family, a trust or a charity: not a market trade.',
  },
  {
    code: 'L',
    label: 'Small acquisition',
    meaning: 'Small acquisition under Rule 16a-6.',
    forReader: 'A small purchase reported late under the small-acquisition exemption.',
  },
  {
    code: 'W',
    label: 'Will/inheritance',
    meaning: 'Acquired or disposed of by will or the laws of descent and distribution.',
    forReader: 'Shares passed by inheritance: not a decision about the stock.',
  },
  {
    code: 'Z',
    label: 'Voting trust',
    meaning: 'Deposit into or withdrawal from a voting trust.',
    forReader: 'Shares moved into or out of a voting trust; ownership of the economics usually stays with the insider.',
  },
  {
    code: 'J',
    label: 'Other',
    meaning: 'Other acquisition or disposition; the filer explains it in a footnote.',
    forReader: "Read the footnote: J covers transfers between the insider's own accounts, distributions from funds and more.",
  },
  {
    code: 'K',
    label: 'Equity swap',
    meaning: 'Transaction in an equity swap or similar instrument.',
    forReader: 'Economic exposure changed through a swap, which may not move any shares.',
  },
  {
    code: 'U',
    label: 'Tender',
    meaning: 'Disposition by tender of shares in a change-of-control transaction.',
    forReader: 'Shares tendered in a takeover or merger: driven by the deal, not a view on the stock.',
  },
];

const BY_CODE = new Map(CODES.map((entry) => [entry.code, entry]));

/** All 20 codes, in the order of the SEC's instructions. */
export const TRANSACTION_CODES = CODES;

/** The explanation of a code; an unknown code is explained as such, shown as filed. */
export function describeCode(code: string): TransactionCode {
  return (
    BY_CODE.get(code.toUpperCase()) ?? {
      code,
      label: 'Unknown code',
      meaning: "Not a code defined by the SEC's Form 4 instructions.",
      forReader: "Read the filing's footnotes for what the filer meant.",
    }
  );
}

export function isKnownCode(code: string): boolean {
  return BY_CODE.has(code.toUpperCase());
}
