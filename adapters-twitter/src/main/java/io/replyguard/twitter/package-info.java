/**
 * The X/Twitter adapter: {@link io.replyguard.twitter.TwitterAdapter} (parsing of X API v2 post
 * objects and Account Activity webhook bodies, weighted length, reply/DM/hide requests, platform
 * policy), {@link io.replyguard.twitter.EventDeduplicator} (bounded cross-payload de-duplication)
 * and {@link io.replyguard.twitter.TwitterClient} (HTTP transport with rate-limit handling).
 */
package io.replyguard.twitter;
