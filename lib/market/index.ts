export { namedRoles, ROLE_LABELS, ROLES, toTradeLines, type Role, type TradeCode, type TradeFlags, type TradeLine } from './trade-lines';
export { byFilingDateThenValue, filedOrSigned, matchesFilter, PRESET_FILTERS, PRESET_LABELS, PRESETS, selectTrades, type Preset, type TradeFilter } from './trade-filters';
export { toTradeCsvHeader, toTradeCsvLine, toTradeJson, TRADE_CSV_COLUMNS, type TradeJson } from './trade-output';
export { toFilingBadge, type BadgeFlags, type BadgeRole, type FilingBadge } from './filing-badge';
export { toBadgeText, type BadgeText, type BadgeTone } from './badge-text';
