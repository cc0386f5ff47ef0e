// The popup's company box (docs/design.md section 9 c): a ticker or a company name, matched in
// EDGAR's company_tickers.json by the background (lib/edgar/company-search.ts), each match
// opening the activity page. The arrow keys choose among the matches, Enter opens the one chosen.

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
  const [active, setActive] = useState(0);

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
        (companies) => current && (setFound({ query: wanted, companies }), setActive(0), setProblem(null)),
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
        const chosen = found?.companies[active] ?? found?.companies[0];
        if (chosen && found?.query === query.trim()) onOpen(chosen);
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
        onKeyDown={(event) => {
          const count = found?.companies.length ?? 0;
          if (count === 0 || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
          event.preventDefault();
          setActive((current) => (current + (event.key === 'ArrowDown' ? 1 : count - 1)) % count);
        }}
        aria-describedby={found && found.companies.length > 0 ? `${id}-chosen` : undefined}
      />
      {found && found.companies[active] && (
        <span id={`${id}-chosen`} class="sr-only" aria-live="polite">
          {`${found.companies[active]!.ticker} ${found.companies[active]!.name}: Enter opens it`}
        </span>
      )}
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {found && found.companies.length === 0 && <p class="muted">No company on EDGAR matches "{found.query}".</p>}
      {found && found.companies.length > 0 && (
        <ul class="companies" data-testid="companies">
          {found.companies.map((company, index) => (
            <li key={company.cik} class={index === active ? 'active' : undefined} aria-current={index === active ? 'true' : undefined}>
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
