// Stands for fast-xml-parser's DocTypeReader in the extension build (see README.md):
// lib/filing/parse-ownership.ts hands the parser the document from its root element on, and
// lib/xml/xml-well-formed.ts refuses a DOCTYPE anywhere after it, so the parser never meets one.

export default class DocTypeReader {
  setXmlVersion(): void {}

  readDocType(): never {
    throw new Error("fast-xml-parser met a DOCTYPE in Form 4 Lens's extension build, which never hands it one (see build-stubs/README.md).");
  }
}
