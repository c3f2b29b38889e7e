/**
 * Reply templates: the {@link io.replyguard.template.TemplateEngine} renders the configuration's
 * catalog (per language, with variants and typed placeholders such as {@code {customerName}},
 * {@code {commitment}}, {@code {channel}}, {@code {serviceHours}}, {@code {nextOpening}}) from a
 * {@link io.replyguard.template.RenderContext}; problems are
 * {@link io.replyguard.template.TemplateException}s naming template and placeholder.
 */
package io.replyguard.template;
