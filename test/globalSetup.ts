import { buildIfStale } from '../scripts/build-if-stale.js';

/** Builds dist/ before the suites that run the built package, when it is older than its sources. */
export default function setup(): void {
  buildIfStale();
}
