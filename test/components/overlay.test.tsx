// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Overlay, type OverlayProps } from '../../components/overlay';
import { HoldingsAfterList } from '../../components/holdings-after';
import { APPLE_EXERCISE_AND_SALE, loadFiling } from './filing-fixtures';
import { copyCsv } from '../../entrypoints/shared/csv-actions';
import { toCsv } from '../../lib/csv/csv';
import { allRows } from '../../lib/filing/rows';

afterEach(cleanup);

function renderOverlay(overrides: Partial<OverlayProps> = {}) {
  const { filing, figures } = loadFiling(APPLE_EXERCISE_AND_SALE);
  const props: OverlayProps = {
    content: { status: 'ready', filing, figures },
    collapsed: false,
    onCollapsedChange: vi.fn(),
    position: null,
    onPositionChange: vi.fn(),
    onCopyCsv: vi.fn(async () => 'Copied 4 rows as CSV.'),
    onDownloadCsv: vi.fn(),
    rawXmlUrl: 'https://www.sec.gov/Archives/edgar/data/320193/000032019319000089/wf-form4_156582182214854.xml',
    locale: 'en-US',
    ...overrides,
  };
  render(<Overlay {...props} />);
  return props;
}

describe('Overlay', () => {
  it('leads with the net open-market sale, by sign and word', () => {
    renderOverlay();
    // One S row: 17,500 shares at $201.69 = $3,529,575.00 (money always to the cent); no P row.
    // Held 1,133,283 after the sale, so 1,150,783 before it: -17,500 / 1,150,783 = -1.52%.
    expect(screen.getByTestId('net-open-market').textContent).toBe('Net open-market sell: -17,500 shares (-$3,529,575.00), -1.5% of holdings');
    expect(screen.getByText(/Sold 17,500 shares for \$3,529,575\.00 \(average \$201\.69\)/)).toBeTruthy();
  });

  it('shows issuer, owner and role', () => {
    renderOverlay();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Apple Inc. (AAPL)');
    expect(screen.getByText('LEVINSON ARTHUR D')).toBeTruthy();
    expect(screen.getByText('LEVINSON ARTHUR D').parentElement!.textContent).toBe('LEVINSON ARTHUR D · Director');
  });

  it('lists every row of both tables', () => {
    renderOverlay();
    expect(within(screen.getByTestId('table-nonDerivative')).getAllByTestId('row')).toHaveLength(3);
    expect(within(screen.getByTestId('table-derivative')).getAllByTestId('row')).toHaveLength(1);
  });

  it('explains a code chip on hover and on focus, and hides it on Escape', async () => {
    renderOverlay();
    const chip = screen.getAllByRole('button', { name: 'Code S: Sale' })[0]!;
    const tip = document.getElementById(chip.getAttribute('aria-describedby')!)!;
    expect(tip.getAttribute('role')).toBe('tooltip');
    expect(tip.hidden).toBe(true);
    fireEvent.mouseEnter(chip.parentElement!);
    expect(tip.hidden).toBe(false);
    expect(tip.textContent).toContain('Sale on the open market or in a private deal.');
    // Leaving the trigger closes the explanation only after a moment, so the pointer can reach it;
    // coming back (the explanation is inside the trigger's span) keeps it open.
    fireEvent.mouseLeave(chip.parentElement!);
    expect(tip.hidden).toBe(false);
    fireEvent.mouseEnter(chip.parentElement!);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(tip.hidden).toBe(false);
    fireEvent.mouseLeave(chip.parentElement!);
    await waitFor(() => expect(tip.hidden).toBe(true));
    fireEvent.focus(chip);
    expect(tip.hidden).toBe(false);
    fireEvent.keyDown(chip, { key: 'Escape' });
    expect(tip.hidden).toBe(true);
  });

  it('shows a footnote at the field citing it and highlights the cells that cite it', () => {
    renderOverlay();
    const marker = screen.getByRole('button', { name: 'Footnote 1' });
    const tip = document.getElementById(marker.getAttribute('aria-describedby')!)!;
    fireEvent.focus(marker);
    expect(tip.textContent).toMatch(/^This transaction was executed in multiple trades at prices ranging from \$201\.68 to \$201\.70/);
    // F1 is cited on the S row's price only.
    const cited = document.querySelectorAll('.cell.cited');
    expect(cited).toHaveLength(1);
    expect(cited[0]!.textContent).toContain('$201.69');
  });

  it('copies the CSV through the shared action and confirms it with the rows it held', async () => {
    // The filing's rows: 2 table I transactions, 1 table I holding, 1 table II transaction.
    const { filing } = loadFiling(APPLE_EXERCISE_AND_SALE);
    const written: string[] = [];
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (text: string) => {
      written.push(text);
    });
    const props = renderOverlay({ onCopyCsv: vi.fn(async () => copyCsv(toCsv(filing), allRows(filing.document).length)) });
    fireEvent.click(screen.getByRole('button', { name: 'Copy CSV' }));
    expect(props.onCopyCsv).toHaveBeenCalledOnce();
    expect(await screen.findByText('Copied 4 rows as CSV.')).toBeTruthy();
    expect(written).toHaveLength(1);
    expect(written[0]!.trimEnd().split('\r\n')).toHaveLength(5);
  });

  it('says why copying failed', async () => {
    renderOverlay({ onCopyCsv: async () => Promise.reject(new Error('The browser did not allow copying; use Download CSV instead.')) });
    fireEvent.click(screen.getByRole('button', { name: 'Copy CSV' }));
    expect(await screen.findByText('The browser did not allow copying; use Download CSV instead.')).toBeTruthy();
  });

  it('downloads and links the raw XML', () => {
    const props = renderOverlay();
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(props.onDownloadCsv).toHaveBeenCalledOnce();
    expect(screen.getByRole('link', { name: 'Raw XML' }).getAttribute('href')).toBe(props.rawXmlUrl);
  });

  it('collapses to a launcher that says what happened', () => {
    const props = renderOverlay();
    fireEvent.click(screen.getByRole('button', { name: 'Collapse Form 4 Lens' }));
    expect(props.onCollapsedChange).toHaveBeenCalledWith(true);
    cleanup();
    renderOverlay({ collapsed: true });
    // Net -17,500 shares and -$3,529,575.00, which is -$3.53M in three significant figures.
    expect(screen.getByRole('button', { name: 'Form 4 Lens: net sell -17,500 sh, -$3.53M' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('collapsed on a Form 3, still says it is a statement of holdings', () => {
    const snow = loadFiling('xml/edgartools__form3.snow.xml');
    renderOverlay({ collapsed: true, content: { status: 'ready', ...snow } });
    expect(screen.getByRole('button', { name: 'Form 4 Lens: Form 3, initial holdings' })).toBeTruthy();
    cleanup();
    // noSecuritiesOwned is 1 in this filing.
    const none = loadFiling('xml/edgartools__form3.nosecurities.xml');
    renderOverlay({ collapsed: true, content: { status: 'ready', ...none } });
    expect(screen.getByRole('button', { name: 'Form 4 Lens: Form 3, owns no securities of the issuer' })).toBeTruthy();
  });

  it('says what a filing lacks, in the sentence the reading gave (owner CIK commented out in the source repo)', () => {
    const { filing, figures } = loadFiling('xml/springloading_insider_trades__xml_error.xml');
    expect(filing.warnings).toHaveLength(1);
    renderOverlay({ content: { status: 'ready', filing, figures } });
    expect(screen.getByRole('note').textContent).toBe(filing.warnings![0]);
    expect(screen.getByRole('note').textContent).toMatch(/has no <rptOwnerCik>; the filing was read without it\.$/);
  });

  it('shows an error in one sentence with details on demand', () => {
    renderOverlay({ content: { status: 'error', error: { message: 'Form 4 XML: line 3: unclosed tag <value>.', details: 'Unclosed tag' } } });
    expect(screen.getByRole('alert').querySelector('p')!.textContent).toBe('Form 4 XML: line 3: unclosed tag <value>.');
    expect(screen.getByText('Details')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Copy CSV' })).toBeNull();
  });

  it('shows hostile footnote text as inert text', () => {
    const { filing, figures } = loadFiling(APPLE_EXERCISE_AND_SALE);
    const hostile = '<img src=x onerror="alert(1)"><a href="javascript:alert(2)">x</a>';
    filing.document.footnotes[0]!.text = hostile;
    renderOverlay({ content: { status: 'ready', filing, figures } });
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
    expect(screen.getAllByText(hostile, { exact: false }).length).toBeGreaterThan(0);
  });
});

describe('table II lines the filing took to 0', () => {
  it('MongoDB 2017 (Sequoia): 12 series of preferred stock converted at the IPO are one collapsed row after the Class B still held', () => {
    // Table II after the filing, read from the XML: Series C on 3 fund lines, D on 5, E on 2,
    // F on 2, each converted (C) to 0: 3 + 5 + 2 + 2 = 12 lines at 0; Class B on 5 lines:
    // 2,977,085, 327,158, 66,057, 3,387,282 and 149,240.
    const { figures } = loadFiling('xml/datamule-python__000089924317024633_doc4.xml');
    render(<HoldingsAfterList holdings={figures.holdingsAfter} title="Held afterwards" locale="en-US" />);
    const held = within(screen.getByTestId('holdings-derivative')).getAllByRole('listitem');
    expect(held.map((item) => item.textContent!.split(' ')[0])).toEqual(['2,977,085', '327,158', '66,057', '3,387,282', '149,240']);
    const emptied = screen.getByTestId('holdings-emptied');
    expect(emptied.querySelector('summary')!.textContent).toBe('and 12 lines now at 0');
    expect(within(emptied).getAllByRole('listitem', { hidden: true })).toHaveLength(12);
    expect(emptied.hasAttribute('open')).toBe(false);
  });
});
