import type { IssueCode } from '../issues/messages.js';
import type { FhirIssueType } from './types.js';


/**
 * The R4 IssueType each of this library's issue codes maps to. A mapped type over every code, so a
 * new issue code does not compile until it is placed here.
 *
 * @example
 * ```ts
 * import { FHIR_ISSUE_TYPES } from 'level-of-care/fhir';
 *
 * FHIR_ISSUE_TYPES.session_overlap;
 * //=> 'business-rule'
 * ```
 *
 * @category FHIR
 */
export const FHIR_ISSUE_TYPES: { readonly [C in IssueCode]: FhirIssueType } = {
  invalid_input: 'invalid',
  invalid_time_zone: 'value',
  time_zone_not_a_place: 'value',
  schedule_empty: 'business-rule',
  session_end_before_start: 'invariant',
  session_too_long: 'business-rule',
  session_too_short: 'business-rule',
  session_overlap: 'business-rule',
  session_not_counted_modality: 'informational',
  policy_not_in_effect: 'business-rule',
  week_hours_below_minimum: 'business-rule',
  week_hours_above_maximum: 'business-rule',
  week_days_below_minimum: 'business-rule',
  week_days_above_maximum: 'business-rule',
  day_hours_below_minimum: 'business-rule',
  week_missing_required_service: 'business-rule',
  week_partial: 'informational',
  template_time_nonexistent: 'value',
  template_time_ambiguous: 'informational',
  transition_skips_levels: 'business-rule',
  transition_step_up: 'informational',
  episode_end_before_start: 'invariant',
  episode_overlap: 'business-rule',
  continuity_gap: 'business-rule',
  length_of_stay_exceeds_typical: 'business-rule',
  authorized_level_mismatch: 'informational',
  medicare_iop_php_overlap: 'business-rule',
  fhir_resource_skipped: 'not-supported',
};
