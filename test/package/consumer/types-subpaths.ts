// Both entry points with their types, as a project on an older `moduleResolution` (node10) or on a
// bundler's resolution imports them.
import { POLICIES, getLevel, type LevelId } from 'level-of-care';
import { toOperationOutcome, type FhirOperationOutcome } from 'level-of-care/fhir';

const level: LevelId = 'iop';
const name: string | undefined = getLevel(level)?.name;
const outcome: FhirOperationOutcome = toOperationOutcome([]);
const gap: number = POLICIES.general.maxGapDays.value;
// @ts-expect-error unknown level ids are rejected by the shipped types
getLevel('intensive');
export { gap, name, outcome };
