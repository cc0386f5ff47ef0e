// The terminal report never passes a filing's control characters through: a name filed with
// an escape sequence (&#27;[2J clears a terminal; a raw C1 control \u009b starts one too)
// comes out as plain text.

import { describe, expect, it } from 'vitest';
import { ActivityRollup } from '../../lib/activity';
import { toActivityText } from '../../cli/activity-text';
import { readCorpus } from '../corpus-path';
import { parseText } from './helpers';

describe('activity text report', () => {
  it('removes control characters filed in names', () => {
    const text = readCorpus('xml/datamule-python__000089924321044262_doc4.xml')
      .replace('<issuerName>Tesla, Inc.</issuerName>', '<issuerName>Tesla&#27;[2J, Inc.&#7;</issuerName>')
      .replace('<rptOwnerName>Musk Elon</rptOwnerName>', '<rptOwnerName>Musk\u009b31m Elon</rptOwnerName>');
    const rollup = new ActivityRollup();
    rollup.add(parseText(text));
    const report = toActivityText(rollup.summarise().issuers[0]!);
    expect(report).toContain('Tesla[2J, Inc. (TSLA, CIK 0001318605)');
    expect(report).toContain('Musk31m Elon (CIK 0001494730)');
    // eslint-disable-next-line no-control-regex
    expect(report).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});
