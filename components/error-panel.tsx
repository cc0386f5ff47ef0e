import type { ParseError } from '../lib/filing/model';

/** One sentence of what went wrong, with the technical details on demand. */
export function ErrorPanel({ error }: { error: ParseError }) {
  return (
    <div class="error" role="alert" data-testid="error">
      <p>{error.message}</p>
      {error.details && (
        <details>
          <summary>Details</summary>
          <pre>{error.details}</pre>
        </details>
      )}
    </div>
  );
}
