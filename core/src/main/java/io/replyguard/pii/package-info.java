/** pii (see the README). */
package io.replyguard.pii;
