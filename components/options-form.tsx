import type { Settings } from '../lib/settings/settings';

interface OptionsFormProps {
  settings: Settings;
  /** True once a change has been stored: the form says so. */
  saved: boolean;
  onChange: (settings: Settings) => void;
  /** Puts a dragged overlay back in its corner. */
  onResetPosition: () => void;
}

const DELIMITERS: { value: Settings['csvDelimiter']; label: string }[] = [
  { value: ',', label: 'Comma (,)' },
  { value: ';', label: 'Semicolon (;) for spreadsheets that use a decimal comma' },
  { value: '\t', label: 'Tab' },
];

export function OptionsForm({ settings, saved, onChange, onResetPosition }: OptionsFormProps) {
  return (
    <form class="options" aria-label="Form 4 Lens options" onSubmit={(event) => event.preventDefault()}>
      <h1 class="brand">Form 4 Lens options</h1>
      <fieldset>
        <legend>On a filing page, open the overlay</legend>
        {(['automatically', 'on-click'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="openOverlay"
              value={value}
              checked={settings.openOverlay === value}
              onChange={() => onChange({ ...settings, openOverlay: value })}
            />{' '}
            {value === 'automatically' ? 'automatically' : 'only when I click its tab'}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>In the SEC's own tables</legend>
        <label>
          <input
            type="checkbox"
            name="pageHovers"
            checked={settings.pageHovers}
            onChange={(event) => onChange({ ...settings, pageHovers: event.currentTarget.checked })}
          />{' '}
          explain codes and footnote markers on hover
        </label>
      </fieldset>
      <fieldset>
        <legend>CSV delimiter</legend>
        <select
          name="csvDelimiter"
          aria-label="CSV delimiter"
          value={settings.csvDelimiter}
          onChange={(event) => onChange({ ...settings, csvDelimiter: event.currentTarget.value as Settings['csvDelimiter'] })}
        >
          {DELIMITERS.map(({ value, label }) => (
            <option key={label} value={value}>
              {label}
            </option>
          ))}
        </select>
      </fieldset>
      <fieldset>
        <legend>Overlay position</legend>
        <button type="button" name="reset-position" onClick={onResetPosition}>
          Put the overlay back in the bottom-right corner
        </button>
      </fieldset>
      <p role="status">{saved ? 'Saved.' : ''}</p>
    </form>
  );
}
