/**
 * Replyguard adapter for Facebook Pages and Messenger: webhook parsing, request mapping, length
 * limits, platform policy (private-reply and Messenger windows) and a Graph API transport.
 */
module io.replyguard.facebook {
  requires io.replyguard.core;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;
  requires java.net.http;

  exports io.replyguard.facebook;

  provides io.replyguard.spi.PlatformAdapter with io.replyguard.facebook.FacebookAdapter;
}
