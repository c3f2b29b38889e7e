/**
 * Internal: writing and reading commitment phrases. Not exported from the module and not part of
 * the API; it may change in any release.
 */
package io.replyguard.internal.time;
