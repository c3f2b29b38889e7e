/**
 * Replyguard's X/Twitter adapter: payload parsing, request mapping, weighted length (X's v3
 * counting, without twitter-text), platform policy and an HTTP transport for the X API v2.
 */
module io.replyguard.twitter {
  requires transitive io.replyguard.core; // the public API uses core model and SPI types
  requires com.fasterxml.jackson.databind;
  requires com.github.benmanes.caffeine;
  requires org.slf4j;
  requires transitive java.net.http; // TwitterClient.Builder accepts an HttpClient

  exports io.replyguard.twitter;

  provides io.replyguard.spi.PlatformAdapter with io.replyguard.twitter.TwitterAdapter;
}
