// Stands for fast-xml-parser's node2json (its converter of the ordered tree to plain objects)
// in the extension build (see README.md): lib/filing/parse-ownership.ts asks for the ordered tree
// (preserveOrder) and converts it itself (lib/xml/ordered-tree.ts).

export default function prettify(): never {
  throw new Error("fast-xml-parser's converter is not in Form 4 Lens's extension build: parse with preserveOrder (see build-stubs/README.md).");
}
