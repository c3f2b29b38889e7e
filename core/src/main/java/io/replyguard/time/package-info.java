/** time (see the README). */
package io.replyguard.time;
