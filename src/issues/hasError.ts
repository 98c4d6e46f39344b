import type { Issue } from './types.js';

/** Whether a list of the library's own issues has an error: `ok` is its negation. */
export const hasError = (issues: readonly Issue[]): boolean => issues.some((issue) => issue.severity === 'error');
