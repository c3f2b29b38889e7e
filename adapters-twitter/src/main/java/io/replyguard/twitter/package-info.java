/**
 * The X/Twitter adapter: {@link io.replyguard.twitter.TwitterAdapter} (parsing of X API v2 post
 * objects and Account Activity webhook bodies, weighted length, reply/DM/hide requests, platform
 * policy), {@link io.replyguard.twitter.EventDeduplicator} (bounded cross-payload de-duplication)
 * and {@link io.replyguard.twitter.TwitterClient} (HTTP transport with rate-limit handling).
 *
 * <p>A webhook handler, for example:
 * <pre>{@code
 * TwitterAdapter adapter = new TwitterAdapter();          // found by ServiceLoader too
 * EventDeduplicator dedup = EventDeduplicator.create(100_000, Duration.ofHours(24));
 * TwitterClient client = TwitterClient.builder(bearerToken).build();
 *
 * for (Message m : dedup.filter(adapter.parse(body))) {
 *   if (m.attribute(TwitterAdapter.ATTR_FROM_PAGE).orElse("false").equals("true")) {
 *     continue;                                           // the page's own post or DM
 *   }
 *   Draft draft = Draft.of(replyText, Platform.TWITTER, m.visibility()).inReplyTo(m);
 *   // check the draft with Replyguard.check(draft), which includes adapter.policy(draft, now)
 *   TwitterResponse sent = client.send(adapter.replyRequest(draft));
 *   adapter.hideRequest(m).ifPresent(client::send);       // only when the advice says HIDE_ORIGINAL
 * }
 * }</pre>
 */
package io.replyguard.twitter;
