// Sizes as the reader reads them, in refusals and on the options page: "42 KB", "5.0 MB",
// "600.0 GB", in the binary units the caps are set in (5 MB = 5 x 1024 x 1024 bytes).

const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;

/** "42 KB" below 100 KB, "5.0 MB" below 1 GB, "600.0 GB" from there (never "614400.0 MB"). */
export function describeSize(bytes: number): string {
  if (bytes < 100 * KB) return `${Math.max(0, Math.round(bytes / KB))} KB`;
  return bytes < GB ? `${(bytes / MB).toFixed(1)} MB` : `${(bytes / GB).toFixed(1)} GB`;
}
