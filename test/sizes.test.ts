// Sizes as refusals and the options page say them (lib/text/sizes.ts).

import { describe, expect, it } from 'vitest';
import { describeSize } from '../lib/text/sizes';

describe('describeSize', () => {
  it.each([
    [0, '0 KB'],
    [42 * 1024, '42 KB'],
    [100 * 1024, '0.1 MB'], // 102,400 bytes / 1,048,576 = 0.098
    [5 * 1024 * 1024, '5.0 MB'],
    [20 * 1024 * 1024, '20.0 MB'],
    [1023.9 * 1024 * 1024, '1023.9 MB'],
    [600 * 1024 ** 3, '600.0 GB'],
  ])('%i bytes: %s', (bytes, expected) => {
    expect(describeSize(bytes)).toBe(expected);
  });
});
