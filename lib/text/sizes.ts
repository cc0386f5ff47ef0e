// Sizes in the one sentence a refusal says: "5.0 MB", "600.0 GB", with the binary units the
// caps are set in (5 MB = 5 x 1024 x 1024 bytes).

const MB = 1024 * 1024;
const GB = 1024 * MB;

/** "5.0 MB", and "600.0 GB" rather than "614400.0 MB" from 1 GB on. */
export function describeSize(bytes: number): string {
  return bytes >= GB ? `${(bytes / GB).toFixed(1)} GB` : `${(bytes / MB).toFixed(1)} MB`;
}
