// The panels' CSV actions wired to the browser, for the filing overlay and the company pages'
// activity panel (and the activity page's download): a copy to the clipboard, and a file.

/** Copies `text` and says how many rows it held; rejects with a sentence the notice shows when the browser refuses. */
export async function copyCsv(text: string, rows: number): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
  } catch (error) {
    throw new Error(`The browser did not allow copying (${String(error)}); use Download CSV instead.`);
  }
  return `Copied ${rows} row${rows === 1 ? '' : 's'} as CSV.`;
}

/**
 * Offers `text` as a CSV file named `name`, from a page whose document may be XML or HTML. The
 * file starts with a UTF-8 byte-order mark, so Excel on Windows reads accents right; a copy to
 * the clipboard has none.
 */
export function downloadCsv(doc: Document, text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([`\uFEFF${text}`], { type: 'text/csv;charset=utf-8' }));
  const link = doc.createElementNS('http://www.w3.org/1999/xhtml', 'a') as HTMLAnchorElement;
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
