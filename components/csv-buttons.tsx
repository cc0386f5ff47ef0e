// Copy CSV and Download CSV for the activity and trades views, and the one line that says what
// happened (the rows copied, or why the browser refused).

import { useState } from 'preact/hooks';

interface CsvButtonsProps {
  /** Copies; resolves with the confirmation or rejects with the reason. */
  onCopy: () => Promise<string>;
  /** Offers the file; a promise (the CSV made elsewhere first) that rejects says why in the notice. */
  onDownload: () => void | Promise<void>;
  disabled: boolean;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function CsvButtons({ onCopy, onDownload, disabled }: CsvButtonsProps) {
  const [notice, setNotice] = useState<{ text: string; failed: boolean } | null>(null);
  const copy = () =>
    onCopy().then(
      (text) => setNotice({ text, failed: false }),
      (error: unknown) => setNotice({ text: message(error), failed: true }),
    );
  const failed = (error: unknown) => setNotice({ text: message(error), failed: true });
  const download = () => {
    try {
      void Promise.resolve(onDownload()).catch(failed);
    } catch (error) {
      failed(error);
    }
  };
  return (
    <div class="actions">
      <button type="button" name="copy-csv" onClick={copy} disabled={disabled}>
        Copy CSV
      </button>
      <button type="button" name="download-csv" onClick={download} disabled={disabled}>
        Download CSV
      </button>
      <span class={notice?.failed ? 'notice notice-failed' : 'notice'} role="status" data-testid="notice">
        {notice?.text ?? ''}
      </span>
    </div>
  );
}
