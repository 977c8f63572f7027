import { generateDataset } from './generate-dataset';

/** `generate <interactions> <out-folder> [seed] [perFile]`: writes one dataset folder and prints its manifest. */
const [count, out, seed, perFile] = process.argv.slice(2);
if (!count || !out) {
  process.stderr.write('usage: generate <interactions> <out-folder> [seed=42] [perFile=50000; 0 = one file]\n');
  process.exit(2);
}
const started = performance.now();
const manifest = generateDataset({
  interactions: Number(count),
  out,
  seed: seed ? Number(seed) : undefined,
  perFile: perFile ? Number(perFile) : undefined,
});
const seconds = (performance.now() - started) / 1000;
process.stdout.write(`${JSON.stringify({ ...manifest, files: manifest.files.length, seconds })}\n`);
