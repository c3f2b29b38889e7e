/** advice (see the README). */
package io.replyguard.advice;
