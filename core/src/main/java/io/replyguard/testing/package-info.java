/**
 * Assertions for test suites that validate reply drafts and template catalogs:
 * {@link io.replyguard.testing.DraftAssertions} checks a draft with an engine and throws an
 * {@link java.lang.AssertionError} with a readable report when the verdict is not the expected
 * one. Works with any test framework (no JUnit dependency).
 *
 * @since 0.2.0
 */
package io.replyguard.testing;
