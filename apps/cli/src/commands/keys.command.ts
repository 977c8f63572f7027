import { ApiKeyStore, generateApiKey, parseRole, type ApiKeyRecord, type Role } from '@actorgraph/access';
import { InvalidArgumentError, type Command } from 'commander';
import { withCliContext } from '../cli-context';

function role(text: string): Role {
  const parsed = parseRole(text);
  if (!parsed) throw new InvalidArgumentError('must be reader, editor or admin');
  return parsed;
}

function name(text: string): string {
  if (!/^\S(.{0,98}\S)?$/.test(text))
    throw new InvalidArgumentError('must be 1 to 100 characters, not blank at either end');
  return text;
}

function printKeys(keys: readonly ApiKeyRecord[]): void {
  process.stdout.write(`${'id'.padEnd(14)}${'role'.padEnd(8)}${'created'.padEnd(26)}${'revoked'.padEnd(26)}name\n`);
  for (const key of keys) {
    process.stdout.write(
      `${key.id.padEnd(14)}${key.role.padEnd(8)}${key.createdAt.slice(0, 24).padEnd(26)}${(key.revokedAt ?? '-').slice(0, 24).padEnd(26)}${key.name}\n`,
    );
  }
}

/** `cli keys create|list|revoke`: API keys in the database (the secret is printed once, at creation). */
export function registerKeysCommand(program: Command): void {
  const keys = program.command('keys').description('create, list and revoke API keys');
  keys
    .command('create')
    .description('create an API key and print its secret, once (only its sha256 is stored)')
    .requiredOption('--name <name>', 'what the key is for, e.g. newsroom-editor', name)
    .requiredOption('--role <role>', 'reader, editor or admin', role)
    .option('--config-only', 'store nothing: print a key and its API_KEYS entry for the configuration instead')
    .action(async (options: { name: string; role: Role; configOnly?: boolean }) => {
      if (options.configOnly) {
        const { id, secret, hash } = generateApiKey();
        process.stdout.write(`key:              ${secret}\nAPI_KEYS entry:   ${id}:${options.role}:${hash}\n`);
        return;
      }
      const { key, secret } = await withCliContext((context) =>
        context.get(ApiKeyStore, { strict: false }).create(options.name, options.role),
      );
      process.stdout.write(`created ${key.role} key ${key.id} (${key.name}); it is shown this once:\n${secret}\n`);
    });
  keys
    .command('list')
    .description('list API keys (never their secrets)')
    .action(async () => {
      printKeys(await withCliContext((context) => context.get(ApiKeyStore, { strict: false }).list()));
    });
  keys
    .command('revoke')
    .description('revoke an API key: the API refuses it from the next request on')
    .argument('<id>', 'the key id (the part after ag_ in the key)')
    .action(async (id: string) => {
      const key = await withCliContext((context) => context.get(ApiKeyStore, { strict: false }).revoke(id));
      if (!key) {
        process.stderr.write(`error: no API key has the id "${id}"\n`);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(`revoked ${key.id} (${key.name}) at ${key.revokedAt}\n`);
    });
}
