/** check (see the README). */
package io.replyguard.check;
