import { parseRole, type Role } from './role';

/** A key given in the API_KEYS setting: its hash only, never its secret. */
export interface ConfiguredKey {
  readonly id: string;
  readonly role: Role;
  readonly hash: string;
}

const ENTRY = /^([a-z0-9]{6,32}):([a-z]+):([0-9a-f]{64})$/;

/**
 * Parses API_KEYS, a comma-separated list of `<id>:<role>:<sha256 of the key>` entries.
 * Returns the keys, or the problems (one per bad entry) for the configuration error.
 */
export function parseConfiguredKeys(text: string): { keys: ConfiguredKey[]; problems: string[] } {
  const keys: ConfiguredKey[] = [];
  const problems: string[] = [];
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  entries.forEach((entry, i) => {
    const match = ENTRY.exec(entry.toLowerCase());
    const role = match ? parseRole(match[2] as string) : null;
    if (!match || !role) {
      problems.push(`entry ${i + 1} must be <id>:<reader|editor|admin>:<64 hex digits of sha256>`);
      return;
    }
    const id = match[1] as string;
    if (keys.some((key) => key.id === id)) problems.push(`entry ${i + 1} repeats the key id ${id}`);
    else keys.push({ id, role, hash: match[3] as string });
  });
  return { keys, problems };
}
