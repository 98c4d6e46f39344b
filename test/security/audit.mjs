// `npm audit --omit=dev`: the runtime dependencies (zod, @date-fns/tz) must have no known
// advisory. One refusal is tolerated, and only that one: a registry that answers the bulk advisory
// endpoint with HTTP 405 (some mirrors and proxies allow only GET and HEAD) cannot audit at all; that
// is reported loudly and the step passes. Any vulnerability, or any other error, fails.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  process.stderr.write(result.stdout + result.stderr);
  console.error('audit: npm audit did not return JSON');
  process.exit(1);
}

if (result.status === 0) {
  const total = report.metadata?.vulnerabilities?.total ?? 0;
  console.log(`audit: ${total} vulnerabilities in ${report.metadata?.dependencies?.prod ?? '?'} production dependencies`);
  process.exit(total === 0 ? 0 : 1);
}

const refused =
  report.statusCode === 405 && typeof report.uri === 'string' && report.uri.endsWith('/-/npm/v1/security/advisories/bulk');
if (refused && report.metadata === undefined && report.vulnerabilities === undefined) {
  console.warn(`audit: NOT RUN: the registry refused the advisory endpoint (${report.message}).`);
  process.exit(0);
}
process.stderr.write(JSON.stringify(report.vulnerabilities ?? report, null, 2).slice(0, 4000) + '\n');
console.error('audit: npm audit --omit=dev failed');
process.exit(1);
