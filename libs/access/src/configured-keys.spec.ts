import { parseConfiguredKeys } from './configured-keys';
import { Role } from './role';

const HASH = 'a'.repeat(64);

describe('parseConfiguredKeys (API_KEYS)', () => {
  it('reads nothing from an empty setting', () => {
    expect(parseConfiguredKeys('')).toEqual({ keys: [], problems: [] });
  });

  it('reads each <id>:<role>:<sha256> entry', () => {
    const { keys, problems } = parseConfiguredKeys(`bootadmin:admin:${HASH}, ci0001:reader:${'b'.repeat(64)}`);
    expect(problems).toEqual([]);
    expect(keys).toEqual([
      { id: 'bootadmin', role: Role.ADMIN, hash: HASH },
      { id: 'ci0001', role: Role.READER, hash: 'b'.repeat(64) },
    ]);
  });

  it.each([`bootadmin:owner:${HASH}`, `bootadmin:admin:${HASH.slice(1)}`, 'bootadmin:admin', `a:admin:${HASH}`])(
    'names the bad entry %p',
    (entry) => {
      expect(parseConfiguredKeys(`ok0001:reader:${HASH},${entry}`).problems).toEqual([
        expect.stringMatching(/^entry 2 /),
      ]);
    },
  );

  it('refuses the same id twice', () => {
    expect(parseConfiguredKeys(`same01:reader:${HASH},same01:admin:${HASH}`).problems).toEqual([
      'entry 2 repeats the key id same01',
    ]);
  });
});
