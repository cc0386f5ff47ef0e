// The popup's company box (docs/design.md section 9 c): a ticker or a company name, matched in
// EDGAR's company_tickers.json by the background, each match opening the activity page.

import { useEffect, useId, useState } from 'preact/hooks';
import type { Company } from '../../lib/edgar/company-tickers-json';

export interface CompanySearchProps {
  /** The companies matching `query`, best first; rejects with one sentence. */
  find: (query: string) => Promise<Company[]>;
  onOpen: (company: Company) => void;
}

export function CompanySearch({ find, onOpen }: CompanySearchProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ query: string; companies: Company[] } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const wanted = query.trim();
    if (wanted === '') {
      setFound(null);
      return;
    }
    let current = true;
    // Typing fast asks once, after a pause.
    const timer = setTimeout(() => {
      find(wanted).then(
        (companies) => current && (setFound({ query: wanted, companies }), setProblem(null)),
        (error: unknown) => current && setProblem(error instanceof Error ? error.message : String(error)),
      );
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  return (
    <form
      class="company-search"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        const first = found?.companies[0];
        if (first && found?.query === query.trim()) onOpen(first);
      }}
    >
      <label for={id}>Insider activity of a company</label>
      <input
        id={id}
        name="company"
        type="search"
        autoComplete="off"
        placeholder="Ticker or name: TSLA, Tesla"
        maxLength={100}
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {found && found.companies.length === 0 && <p class="muted">No company on EDGAR matches "{found.query}".</p>}
      {found && found.companies.length > 0 && (
        <ul class="companies" data-testid="companies">
          {found.companies.map((company) => (
            <li key={company.cik}>
              <button type="button" class="link" onClick={() => onOpen(company)}>
                <strong>{company.ticker}</strong> <bdi>{company.name}</bdi>
              </button>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
