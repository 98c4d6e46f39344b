import { POLICIES, getLevel, type Issue, type LevelId } from 'level-of-care';

const level: LevelId = 'iop';
const name: string | undefined = getLevel(level)?.name;
const issues: readonly Issue[] = [];
const gap: number = POLICIES.general.maxGapDays.value;
// @ts-expect-error unknown level ids are rejected by the shipped types
getLevel('intensive');
export { gap, issues, name };
