import { describeCode } from '../lib/filing/transaction-codes';
import { Tip } from './tip';

/** A transaction code (or the K/V flag codes) explained on hover and focus. */
export function CodeChip({ code }: { code: string }) {
  const entry = describeCode(code);
  return (
    <Tip
      class="chip"
      label={`Code ${code}: ${entry.label}`}
      tip={
        <>
          <strong>
            {entry.code} · {entry.label}
          </strong>
          <span class="tip-line">{entry.meaning}</span>
          <span class="tip-line tip-muted">{entry.forReader}</span>
        </>
      }
    >
      {code}
    </Tip>
  );
}
