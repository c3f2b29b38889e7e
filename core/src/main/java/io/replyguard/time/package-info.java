/**
 * Time commitments: the {@link io.replyguard.time.BusinessCalendar} (weekly service hours in the
 * service's zone, computed {@link io.replyguard.time.GermanHolidays}, configured closed days and
 * one-off closures, daylight-saving changes) with service-level arithmetic in business time, the
 * concrete {@link io.replyguard.time.Commitment} phrase ("innerhalb der nächsten Stunde", "today by
 * 6:00 pm"), and {@link io.replyguard.time.CommitmentPhrases}, which writes such phrases and reads
 * them back from reply drafts as a {@link io.replyguard.time.PromisedDeadline}.
 *
 * <p>Typical use by a draft check:
 * <pre>{@code
 * ZonedDateTime now = sentAt.atZone(calendar.zone());
 * for (PromisedDeadline p : CommitmentPhrases.findAll(draftText, locale, now)) {
 *   Instant due = calendar.deadline(sentAt, serviceLevel);        // what the team can keep
 *   boolean tooEarly = p.deadline().toInstant().isBefore(due);    // promise sooner than possible
 *   Duration open = calendar.openTimeBetween(sentAt, p.deadline().toInstant());
 * }
 * }</pre>
 *
 * <p>All types are immutable and thread-safe.
 */
package io.replyguard.time;
