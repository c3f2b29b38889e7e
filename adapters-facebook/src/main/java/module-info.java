/**
 * Replyguard adapter for Facebook Pages and Messenger: webhook parsing, request mapping, length
 * limits, platform policy (private-reply and Messenger windows) and a Graph API transport.
 */
module io.replyguard.facebook {
  requires transitive io.replyguard.core; // the public API uses core model and SPI types
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;
  requires transitive java.net.http; // GraphClient.Builder accepts an HttpClient

  exports io.replyguard.facebook;

  provides io.replyguard.spi.PlatformAdapter with io.replyguard.facebook.FacebookAdapter;
}
