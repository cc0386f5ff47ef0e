// @vitest-environment happy-dom
// Copy CSV and Download CSV (components/csv-buttons.tsx): what the notice says when a copy or a
// download fails, whether the failure is thrown at once or comes later (the activity views' CSV
// is made in the background first).

import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CsvButtons } from '../../components/csv-buttons';

afterEach(cleanup);

const TOO_LARGE = 'The CSV of this window is larger than the 32 MB Form 4 Lens can hand to the page at once; choose a shorter window.';

describe('CsvButtons', () => {
  it('says why a download that fails later failed', async () => {
    render(<CsvButtons onCopy={vi.fn(async () => 'Copied 1 row as CSV.')} onDownload={() => Promise.reject(new Error(TOO_LARGE))} disabled={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toBe(TOO_LARGE));
    expect(screen.getByTestId('notice').className).toBe('notice notice-failed');
  });

  it('says why a download that fails at once failed, and what a copy did', async () => {
    render(
      <CsvButtons
        onCopy={vi.fn(async () => 'Copied 3 rows as CSV.')}
        onDownload={() => {
          throw new Error('No file today.');
        }}
        disabled={false}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(screen.getByTestId('notice').textContent).toBe('No file today.');
    fireEvent.click(screen.getByRole('button', { name: 'Copy CSV' }));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toBe('Copied 3 rows as CSV.'));
    expect(screen.getByTestId('notice').className).toBe('notice');
  });
});
