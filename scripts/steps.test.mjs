// Reports the steps scripts/test.sh ran before the browser tests (cargo test,
// the wasm build, the wasm-bindgen tests) as tests of their own, so node's
// summary — the last thing `npm test` prints — counts every failure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const file = process.env.QUOTELIGHT_STEPS;
const steps = file
  ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
  : [];

if (!file) test('earlier steps', { skip: 'only run through scripts/test.sh' }, () => {});
for (const step of steps) {
  test(`step: ${step.name} (${step.seconds} s)`, () => {
    assert.ok(step.ok, `${step.name} failed; its output is above the test summary`);
  });
}
