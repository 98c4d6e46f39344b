import * as z from 'zod/mini';
import { describeInvalidInstant, describeReceived, instantMs } from '../_lib/instant.js';
import { lazy } from '../_lib/miniZod.js';
import { SERVICE_TYPES, type ServiceType } from '../services/index.js';
import { SESSION_MODALITIES, SESSION_STATUSES } from './data.js';
import type { SessionModality, SessionStatus } from './types.js';

type Instant = z.ZodMiniCustom<string | Date, string | Date>;
type Enum<T extends string> = z.ZodMiniEnum<{ [K in T]: K }>;

/** The zod/mini schema of one session. */
export type SessionShapeSchema = z.ZodMiniObject<
  {
    id: z.ZodMiniOptional<z.ZodMiniString<string>>;
    start: Instant;
    end: Instant;
    service: Enum<ServiceType>;
    status: z.ZodMiniOptional<Enum<SessionStatus>>;
    modality: z.ZodMiniOptional<Enum<SessionModality>>;
    source: z.ZodMiniOptional<z.ZodMiniString<string>>;
  },
  z.core.$strip
>;

/**
 * The shape of one session, as {@link SessionSchema} states it, written with zod/mini so that
 * `validateSchedule` does not bring all of zod into a page. It writes the messages of
 * `invalid_input` issues for the sessions the hand check in `readSessions` turns down; a test holds
 * it to the issues `SessionSchema` gives.
 */
export const sessionShape: () => SessionShapeSchema = /* @__PURE__ */ lazy(() => {
  const instant = z.custom<string | Date>((value) => !Number.isNaN(instantMs(value)), {
    error: (issue) => describeInvalidInstant(issue.input),
  });
  return z.object(
    {
      id: z.optional(z.string()),
      start: instant,
      end: instant,
      service: z.enum(SERVICE_TYPES),
      status: z.optional(z.enum(SESSION_STATUSES)),
      modality: z.optional(z.enum(SESSION_MODALITIES)),
      source: z.optional(z.string()),
    },
    { error: (issue) => `expected a session object { start, end, service }, received ${describeReceived(issue.input)}` },
  );
});
