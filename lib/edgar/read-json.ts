// Shared by the EDGAR JSON readers: text to value, and a zod issue to one sentence that says
// where the JSON differs from what EDGAR serves ("filings.recent.form[3] should be text, found
// a number"), so a changed or cut-short response is reported, never half read.

import type * as z from 'zod/mini';

export type JsonResult<T> = { ok: true; value: T } | { ok: false; error: { message: string } };

export function jsonFailure<T>(source: string, problem: string): JsonResult<T> {
  return { ok: false, error: { message: `${source}: ${problem}.` } };
}

export function parseJsonText(source: string, text: string): JsonResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 120) : String(error);
    return jsonFailure(source, `the response is not valid JSON (${detail}); it may be cut short, so fetch it again`);
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  array: 'a list',
  object: 'an object',
  boolean: 'true or false',
};

function toPath(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`)).join('');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/** The first issue of a failed zod parse, as the end of a sentence. */
export function describeIssue(issues: readonly z.core.$ZodIssue[], input: unknown): string {
  const issue = issues[0];
  if (!issue) return 'it does not have the expected shape';
  const where = issue.path.length > 0 ? toPath(issue.path) : 'the top level';
  if (issue.code === 'invalid_type') {
    const expected = EXPECTED[issue.expected] ?? issue.expected;
    return `${where} should be ${expected}, found ${describeValue(valueAt(input, issue.path))}`;
  }
  return `${where}: ${issue.message}`;
}
