/**
 * Business time: the {@link io.replyguard.time.BusinessCalendar} (weekly service hours in the
 * service's zone, computed German public holidays, configured closed days and one-off closures,
 * daylight-saving changes) with service-level arithmetic in business time, and the concrete
 * {@link io.replyguard.time.Commitment} phrase ("innerhalb der nächsten Stunde", "today by
 * 6:00 pm") a reply can promise. Reach the calendar of an engine with
 * {@link io.replyguard.Replyguard#calendar()}, or build one with
 * {@link io.replyguard.time.BusinessCalendar#of(io.replyguard.config.ReplyguardConfig)}.
 *
 * <pre>{@code
 * BusinessCalendar calendar = guard.calendar();
 * Instant due = calendar.deadline(now, Duration.ofHours(1));     // one hour of business time
 * Commitment c = calendar.commitment(now, Duration.ofHours(1), Locale.GERMAN);
 * String text = c.text();                                         // "morgen bis 9:00 Uhr"
 * }</pre>
 *
 * <p>All types are immutable and thread-safe.
 *
 * @since 0.1.0
 */
package io.replyguard.time;
