/**
 * Channel advice: where an inbound message belongs (public reply, private message, e-mail, phone,
 * broadcast), what to do first (hide the post, warn the customer, escalate, advise changing a
 * posted password), with which priority, and why.
 *
 * <p>Public types: {@link io.replyguard.advice.Advisor} (the advice, used by the
 * {@code Replyguard} facade) and {@link io.replyguard.advice.IntentRecognizer} (German and English
 * intent recognition). Everything else is package-private.
 *
 * <p>Resources of this package, all JSON with {@code "version": 1}:
 * <ul>
 *   <li>{@code lexicon-<intent>.json}: German, English and emoji entries per intent; entry syntax
 *       in {@link io.replyguard.advice.IntentRecognizer}; configuration adds entries through
 *       {@code intentKeywords}.
 *   <li>{@code topics.json}: the outage topics that group reports for burst detection.
 *   <li>{@code advice-rules.json}: the built-in rules in the shape of the configuration's
 *       {@code adviceRules} (plus built-in-only {@code when.signals}) and the signal thresholds
 *       (shouting, exclamation runs, repeated complaints). The author-reach threshold is the
 *       {@code minFollowers} of {@code advice.shitstorm.reach} (10,000).
 * </ul>
 */
package io.replyguard.advice;
