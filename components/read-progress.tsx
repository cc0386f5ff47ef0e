// Where a view stands while its filings arrive (the activity views, the trades view): what went
// wrong, if anything; the list still being read; then "Read 23 of 61 filings: partial results".

interface ReadProgressProps {
  read: number;
  /** Null until the list of filings is in. */
  total: number | null;
  /** Filings that could not be read, when the view says so here (the activity views list them below). */
  unreadable?: number;
  /** "Reading the company's list of filings..." */
  listing: string;
  problem: string | null;
}

export function ReadProgress({ read, total, unreadable = 0, listing, problem }: ReadProgressProps) {
  return (
    <>
      {problem && (
        <p class="error" role="alert" data-testid="problem">
          {problem}
        </p>
      )}
      {total === null ? (
        !problem && (
          <p class="muted" role="status">
            {listing}
          </p>
        )
      ) : (
        <div class="progress" data-testid="progress">
          <progress max={Math.max(1, total)} value={read} aria-label="Filings read" />
          <span role="status">
            Read {read} of {total} filing{total === 1 ? '' : 's'}
            {unreadable > 0 ? `; ${unreadable} could not be` : ''}
            {read < total ? ': partial results' : ''}
          </span>
        </div>
      )}
    </>
  );
}
