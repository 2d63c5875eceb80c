/// <reference types="mocha" />
/**
 * The extension loads and activates in the host. Runs first: when this
 * fails, nothing else can pass, and the other suites stop at their setup.
 */
import * as assert from 'node:assert/strict';
import { EXTENSION_ID, activateExtension } from './helpers';

suite('Activation', () => {
  test(`${EXTENSION_ID} activates`, async () => {
    const extension = await activateExtension();
    assert.ok(extension.isActive);
  });
});
