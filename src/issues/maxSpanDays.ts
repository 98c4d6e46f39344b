import { LIMITS } from './limits.js';

/** {@link LIMITS}.maxSpanYears in calendar days (20 years: 7,305 days). */
export const MAX_SPAN_DAYS: number = /* @__PURE__ */ (() => Math.round(LIMITS.maxSpanYears * 365.25))();
