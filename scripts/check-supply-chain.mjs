// Supply-chain floor checked from the lockfile, because the registry's audit endpoint is not reachable
// from CI here: every installed copy of a package with a known advisory must be at or above its fixed version.
import { readFileSync } from 'node:fs';

const floors = {
  // CVE-2024-21534 and CVE-2025-1302 (remote code execution through JSONPath) are fixed in 10.3.0.
  'jsonpath-plus': [10, 3, 0],
};

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const problems = [];
for (const [path, entry] of Object.entries(lock.packages ?? {})) {
  const name = path.split('node_modules/').at(-1);
  const floor = floors[name];
  if (!floor || !entry.version) continue;
  const version = entry.version.split('.').map(Number);
  const below = floor.findIndex((part, index) => version[index] !== part);
  if (below !== -1 && version[below] < floor[below])
    problems.push(`${path}@${entry.version} is below ${floor.join('.')}`);
  else console.log(`${path}@${entry.version}: at or above ${floor.join('.')}`);
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
