// chai itself, not @open-wc/testing: that registers its fixture cleanup only when it is first imported after mocha has set up.
import { Assertion, util } from '@esm-bundle/chai';

/**
 * Loaded before every browser test file (`testRunnerHtml` in web-test-runner.config.mjs).
 *
 * A failed assertion carries its `actual` and `expected` values to the test runner, which copies
 * the result with `structuredClone` before sending it. A DOM node or a function cannot be copied:
 * in Firefox the report then never arrives, and the file hangs until `testsFinishTimeout` (five
 * minutes) with no word of what failed. So such values travel as chai's description of them
 * (`<registration-form>`, `[Function]`); the message already names them the same way.
 */
const { assert } = Assertion.prototype;
Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
  try {
    return assert.apply(this, args);
  } catch (error) {
    const failure = error as { actual?: unknown; expected?: unknown };
    for (const key of ['actual', 'expected'] as const) {
      try {
        structuredClone(failure[key]);
      } catch {
        failure[key] = util.inspect(failure[key]);
      }
    }
    throw error;
  }
};
