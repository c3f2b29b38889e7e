/**
 * Reply templates: what a caller hands to {@link io.replyguard.Replyguard#render} (a
 * {@link io.replyguard.template.RenderContext}) and the
 * {@link io.replyguard.template.TemplateException} that names template and placeholder when a
 * template cannot be rendered. The catalog itself (per language, with variants and typed
 * placeholders such as {@code {customerName}}, {@code {commitment}}, {@code {channel}},
 * {@code {serviceHours}}, {@code {nextOpening}}) is part of the configuration
 * ({@link io.replyguard.config.TemplateSpec}).
 *
 * @since 0.1.0
 */
package io.replyguard.template;
