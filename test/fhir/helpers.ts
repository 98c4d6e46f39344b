import { ACT_CODE_SYSTEM } from '../../src/fhir/index.js';

/** A finished ambulatory Encounter, 09:00–10:00 New York winter time on 2026-03-02, with `overrides`. */
export const encounter = (overrides: Record<string, unknown>): Record<string, unknown> => ({
  resourceType: 'Encounter',
  id: 'e1',
  status: 'finished',
  class: { system: ACT_CODE_SYSTEM, code: 'AMB' },
  period: { start: '2026-03-02T09:00:00-05:00', end: '2026-03-02T10:00:00-05:00' },
  ...overrides,
});

/** A booked Appointment, 09:00–12:00 New York winter time on 2026-03-02, with `overrides`. */
export const appointment = (overrides: Record<string, unknown>): Record<string, unknown> => ({
  resourceType: 'Appointment',
  id: 'a1',
  status: 'booked',
  start: '2026-03-02T09:00:00-05:00',
  end: '2026-03-02T12:00:00-05:00',
  ...overrides,
});
