import assert from 'node:assert/strict';
import { POLICIES, compareIntensity, formatIssues, getLevel } from 'level-of-care';
import * as fhir from 'level-of-care/fhir';

assert.equal(getLevel('iop')?.abbreviation, 'IOP');
assert.ok(compareIntensity('php', 'iop') > 0);
assert.equal(POLICIES.medicare2024.id, 'medicare-2024');
assert.equal(formatIssues([]), 'No issues.');
assert.equal(fhir.toOperationOutcome([]).resourceType, 'OperationOutcome');
console.log('ESM import ok');
