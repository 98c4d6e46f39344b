/**
 * The six assessment dimensions in a fixed order, used by the placement table and recommendations.
 *
 * @example
 * ```ts
 * import { DIMENSIONS } from 'level-of-care';
 *
 * DIMENSIONS.length;
 * //=> 6
 * ```
 *
 * @category Policies
 */
export const DIMENSIONS: readonly ['withdrawal', 'biomedical', 'psychiatric', 'readiness', 'relapse', 'environment'] = [
  'withdrawal',
  'biomedical',
  'psychiatric',
  'readiness',
  'relapse',
  'environment',
];
