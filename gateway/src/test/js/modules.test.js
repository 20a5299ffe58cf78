// Every module the dashboard loads parses: one that does not stops the whole page in the browser, whatever the
// unit tests of the others say.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const dashboard = fileURLToPath(new URL('../../main/resources/META-INF/resources/dashboard/', import.meta.url));

for (const file of readdirSync(dashboard).filter(f => f.endsWith('.js'))) {
  test(`${file} is a module that parses`, () => {
    const check = spawnSync(process.execPath, ['--check', join(dashboard, file)], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
  });
}
