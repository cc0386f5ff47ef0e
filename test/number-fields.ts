/** The numeric fields of a row (lib/filing/model.ts Row), for checks that walk every number. */
export const NUMBER_FIELDS = [
  'conversionOrExercisePrice',
  'shares',
  'totalValue',
  'pricePerShare',
  'sharesOwnedAfter',
  'valueOwnedAfter',
  'underlyingShares',
  'underlyingValue',
] as const;
