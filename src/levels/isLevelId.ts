import { LEVEL_IDS } from './schema.js';
import type { LevelId } from './types.js';

/** Whether a value is one of the {@link LevelId} strings (untyped callers may pass anything). */
export function isLevelId(value: unknown): value is LevelId {
  return (LEVEL_IDS as readonly unknown[]).includes(value);
}
