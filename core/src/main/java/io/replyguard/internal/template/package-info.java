/**
 * Internal: the template engine behind {@link io.replyguard.Replyguard#render}. Not exported from
 * the module and not part of the API; it may change in any release.
 */
package io.replyguard.internal.template;
