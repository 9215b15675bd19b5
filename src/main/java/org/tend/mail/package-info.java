/**
 * Mail that arrives: the weekly nudge on the member's chosen morning and reminders of
 * promises coming due, written to an outbox table and sent by a job with retries and
 * back-off, so a mail server that is down loses nothing and sends nothing twice.
 */
@ApplicationModule(displayName = "Mail", allowedDependencies = { "accounts", "people", "ledger", "shared" })
package org.tend.mail;

import org.springframework.modulith.ApplicationModule;
