/**
 * Facebook Pages and Messenger adapter. {@link io.replyguard.facebook.FacebookAdapter} implements
 * the {@link io.replyguard.spi.PlatformAdapter} SPI (parsing webhook bodies, mapping drafts to Graph
 * API requests, measuring text, platform policy); {@link io.replyguard.facebook.GraphClient} sends
 * those requests and maps the Graph error envelope to
 * {@link io.replyguard.facebook.FacebookApiException} and its subclasses.
 */
package io.replyguard.facebook;
