/** template (see the README). */
package io.replyguard.template;
