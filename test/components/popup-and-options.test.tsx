// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsForm } from '../../components/options-form';
import { PopupView } from '../../components/popup-view';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { loadSeedFiling } from './filing-fixtures';

afterEach(cleanup);


describe('PopupView', () => {
  it('tells where the extension works when the tab is not a filing', () => {
    render(<PopupView report={null} figures={null} onOpenOptions={vi.fn()} />);
    expect(screen.getByTestId('popup-idle').textContent).toMatch(/^Open a Form 3, 4 or 5 on sec\.gov/);
  });

  it("summarises the tab's filing", () => {
    // Sonus Networks, 2014 (the seed): a stock bonus (A) and two tax withholdings (F), no P or S.
    const { filing, figures } = loadSeedFiling();
    render(<PopupView report={{ status: 'ready', filing, sourceUrl: 'https://www.sec.gov/x' }} figures={figures} locale="en-US" onOpenOptions={vi.fn()} />);
    expect(screen.getByTestId('net-open-market').textContent).toBe('No open-market trades.');
    expect(screen.getByRole('list', { name: 'What happened instead' }).textContent).toBe(
      'Tax/price paid in shares (F) -71,731 shares' + 'Grant (A) +122,728 shares',
    );
    expect(screen.getByText(/Net change/).textContent).toBe('Net change: +50,997 shares');
    expect(screen.getByTestId('holdings-after').textContent).toContain('378,950 Common Stock directly');
  });

  it("shows the page's error", () => {
    render(
      <PopupView
        report={{ status: 'error', error: { message: 'sec.gov answered 404 for the filing\'s XML.' }, sourceUrl: 'https://www.sec.gov/x' }}
        figures={null}
        onOpenOptions={vi.fn()}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe("sec.gov answered 404 for the filing's XML.");
  });

  it('opens the options', () => {
    const onOpenOptions = vi.fn();
    render(<PopupView report={null} figures={null} onOpenOptions={onOpenOptions} />);
    fireEvent.click(screen.getByRole('button', { name: 'Options' }));
    expect(onOpenOptions).toHaveBeenCalledOnce();
  });
});

describe('OptionsForm', () => {
  it('shows the settings and reports each change', () => {
    const onChange = vi.fn();
    const onResetPosition = vi.fn();
    render(<OptionsForm settings={DEFAULT_SETTINGS} saved={false} onChange={onChange} onResetPosition={onResetPosition} />);
    expect((screen.getByRole('radio', { name: 'automatically' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'only when I click its tab' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, openOverlay: 'on-click' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'explain codes and footnote markers on hover' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, pageHovers: false });
    fireEvent.change(screen.getByRole('combobox'), { target: { value: ';' } });
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, csvDelimiter: ';' });
    expect(onResetPosition).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Put the overlay back in the bottom-right corner' }));
    expect(onResetPosition).toHaveBeenCalledOnce();
  });

  it('says when the settings are saved', () => {
    render(<OptionsForm settings={DEFAULT_SETTINGS} saved onChange={vi.fn()} onResetPosition={vi.fn()} />);
    expect(screen.getByRole('status').textContent).toBe('Saved.');
  });
});
