// Installs the Debian packages the test suite drives (npm runs it as `pretest`, before `npm test`):
// chromium for the browser tests (playwright-core cannot download a browser here) and python3-networkx, the
// real reader the export tests load every format with. Quick when both are present; installs only as root
// (CI runs as root); otherwise says what is missing and leaves the tests that need it to fail clearly.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = [
  { pkg: 'chromium', present: () => existsSync('/usr/bin/chromium') },
  // The shared rate limit's tests (test/live) start their own redis-server, like Neo4j.
  { pkg: 'redis-server', present: () => existsSync('/usr/bin/redis-server') },
  {
    pkg: 'python3-networkx',
    present: () => spawnSync('/usr/bin/python3', ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0,
  },
];

const missing = wanted.filter((entry) => !entry.present()).map((entry) => entry.pkg);
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  process.stderr.write(
    `ensure-system-packages: missing ${missing.join(', ')}; run: sudo apt-get install -y ${missing.join(' ')}\n`,
  );
  process.exit(0);
}
process.stderr.write(`ensure-system-packages: installing ${missing.join(', ')}\n`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const apt = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
// Without a fresh package list an install may find nothing: update once, then install.
if (!apt(['install', '-y', '--no-install-recommends', ...missing])) {
  if (!apt(['update']) || !apt(['install', '-y', '--no-install-recommends', ...missing])) {
    process.stderr.write(`ensure-system-packages: could not install ${missing.join(', ')}\n`);
    process.exit(1);
  }
}
