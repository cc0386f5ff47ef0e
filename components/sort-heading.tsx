// A table heading that sorts its column (the insiders table, the trades table): a button, so the
// keyboard reaches it, with the order it gives in aria-sort and a mark for the eye.

export type SortDirection = 'ascending' | 'descending';

interface SortHeadingProps {
  name: string;
  label: string;
  /** This column's order when the table is sorted by it; null otherwise. */
  sorted: SortDirection | null;
  class?: string;
  onSort: () => void;
}

export function SortHeading({ name, label, sorted, class: className, onSort }: SortHeadingProps) {
  return (
    <th scope="col" class={className} aria-sort={sorted ?? undefined}>
      <button type="button" class="sort" name={`sort-${name}`} onClick={onSort}>
        {label}
        <span class="sort-mark" aria-hidden="true">
          {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : ''}
        </span>
      </button>
    </th>
  );
}
