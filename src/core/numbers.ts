/**
 * Figures in German and English news text: the public entry points. The
 * implementation lives in `./numbers/` (scanner, number words, units).
 */
export { findNumbers } from './numbers/scan';
export { normaliseUnit } from './numbers/units';
