// Counts in messages are grouped by thousands the same way on every server ("10,435,715").
const GROUPED = /* @__PURE__ */ new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A count as messages write it, grouped by thousands: `10,000`. */
export const formatCount = (count: number): string => GROUPED.format(count);
