// Numbers on the command line: en-US whatever the machine's locale, so the output is the same
// everywhere; money always to the cent (docs/design.md section 4, "Numbers").

import { formatMoney, formatPrice, formatShares } from '../lib/wording/format';

export const EN = 'en-US';

export const shares = (value: number) => formatShares(value, EN);
export const signedShares = (value: number) => formatShares(value, EN, true);
export const dollars = (value: number) => formatMoney(value, EN);
export const signedDollars = (value: number) => formatMoney(value, EN, true);
export const price = (value: number) => formatPrice(value, EN);
