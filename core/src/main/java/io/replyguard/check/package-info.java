/**
 * Draft checks: every rule a reply must pass before it is posted.
 *
 * <p>{@link io.replyguard.check.DraftChecker} (reached through
 * {@link io.replyguard.Replyguard#check}) returns a verdict and linter-like findings: rule id,
 * category, severity, half-open UTF-16 span, message in German or English, and a suggestion where
 * a fix is known. {@link io.replyguard.check.DraftRules#builtIn()} lists the built-in rules with
 * their default severities; the configuration adds declarative rules ({@code draftRules}: an RE2
 * pattern or keywords, scope, category, severity, message per language) and changes or disables
 * any rule ({@code ruleOverrides}, also for the adapters' platform-policy rules, whose ids start
 * with the platform id). An override naming an unknown rule fails when the engine is built.
 *
 * <p>Decisions worth knowing:
 * <ul>
 *   <li>Personal data in a public draft blocks ({@code pii.public}); in a private draft it is
 *       reported at {@code INFO} ({@code pii.private}) and the draft stays allowed. Asking for
 *       personal data publicly is an {@code ERROR} ({@code pii.request-public}); asking for
 *       credentials is a {@code BLOCKER} on every channel ({@code credential.request}).</li>
 *   <li>A draft for a platform without an installed adapter is not checked silently: the check
 *       throws {@link java.lang.IllegalStateException} naming the platform and the installed
 *       adapters, because neither length nor platform policy can be judged.</li>
 *   <li>Tone rules run on German drafts only (English has no Sie/du distinction).</li>
 *   <li>Boilerplate: drafts of fewer than eight words are neither remembered nor compared;
 *       only hashes of sent replies are kept, in a Caffeine cache bounded by the configured
 *       capacity and retention.</li>
 *   <li>Messages and suggestions never quote the draft. {@link io.replyguard.testing.DraftAssertions}
 *       reports quote the draft's words only for non-PII findings whose span overlaps no detected
 *       personal data.</li>
 * </ul>
 */
package io.replyguard.check;
