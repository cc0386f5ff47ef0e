// Stands for strnum in the extension build (see README.md): fast-xml-parser calls it only to
// turn values into numbers, which lib/filing/parse-ownership.ts turns off (parseTagValue and
// parseAttributeValue are false). Values stay text either way.

export default function toNumber(value: string): string {
  return value;
}
