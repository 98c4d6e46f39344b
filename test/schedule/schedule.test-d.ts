import { describe, expectTypeOf, it } from 'vitest';
import {
  SessionSchema,
  billableDays,
  expandWeeklyTemplate,
  summarizeSchedule,
  validateSchedule,
  type BillableDay,
  type Issue,
  type ScheduleValidationResult,
  type Session,
  type TemplateSession,
  type ValidateScheduleOptions,
  type Week,
} from '../../src/index.js';

describe('schedule types', () => {
  it('types the results', () => {
    expectTypeOf(validateSchedule).returns.toEqualTypeOf<ScheduleValidationResult>();
    expectTypeOf<ScheduleValidationResult['weeks']>().toEqualTypeOf<readonly Week[]>();
    expectTypeOf<ScheduleValidationResult['issues']>().toEqualTypeOf<readonly Issue[]>();
    expectTypeOf(summarizeSchedule).returns.toEqualTypeOf<Week[]>();
    expectTypeOf(billableDays).returns.toEqualTypeOf<BillableDay[]>();
    expectTypeOf<BillableDay['tier']>().toEqualTypeOf<string | undefined>();
    expectTypeOf(expandWeeklyTemplate).returns.toHaveProperty('sessions').toEqualTypeOf<readonly TemplateSession[]>();
  });

  it('accepts untyped sessions but requires typed options', () => {
    expectTypeOf(validateSchedule).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf<{ level: 'iop'; timeZone: string }>().toExtend<ValidateScheduleOptions>();
    expectTypeOf<{ level: 'IOP'; timeZone: string }>().not.toExtend<ValidateScheduleOptions>();
    expectTypeOf<{ level: 'iop'; timeZone: string; weekStartsOn: 7 }>().not.toExtend<ValidateScheduleOptions>();
  });

  it('lets sessions carry Dates or strings, and template sessions feed validateSchedule', () => {
    expectTypeOf<{ start: Date; end: string; service: 'group' }>().toExtend<Session>();
    expectTypeOf<{ start: Date; end: Date; service: 'yoga' }>().not.toExtend<Session>();
    expectTypeOf<TemplateSession>().toExtend<Session>();
  });

  it('infers the session schema output as a session', () => {
    expectTypeOf<ReturnType<typeof SessionSchema.parse>['service']>().toEqualTypeOf<Session['service']>();
    expectTypeOf<ReturnType<typeof SessionSchema.parse>['start']>().toEqualTypeOf<string | Date>();
  });
});
