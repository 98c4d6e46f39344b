const assert = require('node:assert/strict');
const { POLICIES, getLevel } = require('level-of-care');
const fhir = require('level-of-care/fhir');
const pkg = require('level-of-care/package.json');

assert.equal(getLevel('php')?.abbreviation, 'PHP');
assert.equal(POLICIES.h0015.id, 'hcpcs-h0015');
assert.equal(fhir.toOperationOutcome([]).resourceType, 'OperationOutcome');
assert.equal(pkg.name, 'level-of-care');
console.log('CJS require ok');
