/**
 * Replyguard: compliant customer-service replies on social networks. Start with
 * {@link io.replyguard.Replyguard}, the thread-safe engine facade.
 */
package io.replyguard;
