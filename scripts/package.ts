/**
 * `npm run package`: fills the bot id and domain (from the configuration) into manifest/, validates the
 * result offline and writes build/appPackage.zip. Exits 1 with the list of problems when invalid.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadConfig } from '../src/config';
import { buildAppPackage, packageValuesFromConfig } from '../src/manifest/appPackage';
import { findProjectRoot } from '../src/manifest/projectRoot';

async function main(): Promise<number> {
  const root = findProjectRoot(__dirname);
  const { values, warnings } = packageValuesFromConfig(loadConfig());
  for (const warning of warnings) console.warn(`warning: ${warning}`);

  const result = await buildAppPackage({ manifestDir: join(root, 'manifest'), values });
  if (!result.zip) {
    console.error(`The app package is invalid (${result.problems.length} problems):`);
    for (const problem of result.problems) console.error(`  - ${problem}`);
    return 1;
  }
  const out = join(root, 'build', 'appPackage.zip');
  mkdirSync(join(root, 'build'), { recursive: true });
  writeFileSync(out, result.zip);
  console.log(`App package for bot ${values.botId} at ${values.botDomain}: ${[...result.files.keys()].join(', ')}`);
  console.log(`Wrote ${relative(process.cwd(), out) || out} (${result.zip.length} bytes)`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`Packaging failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
