/**
 * The adapter service-provider interface: {@link io.replyguard.spi.PlatformAdapter} maps the model
 * to one platform's API; {@link io.replyguard.spi.AdapterRegistry} finds adapters with the
 * {@link java.util.ServiceLoader} or takes them by hand.
 */
package io.replyguard.spi;
