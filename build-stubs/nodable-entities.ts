// Stands for @nodable/entities in the extension build (see README.md): fast-xml-parser builds
// its EntityDecoder only when no `entityDecoder` option is given, and lib/filing/parse-ownership.ts
// always gives one.

export const XML = {};
export const COMMON_HTML = {};
export const CURRENCY = {};
export const ENTITY_ACTION = {};

export class EntityDecoder {
  constructor() {
    throw new Error("fast-xml-parser needs the entityDecoder option in Form 4 Lens's extension build (see build-stubs/README.md).");
  }
}
