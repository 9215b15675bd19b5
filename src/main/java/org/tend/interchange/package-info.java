/**
 * Interchange: brings a member's network in (LinkedIn, vCard, Google Contacts, Tend's own
 * export) through a preview and an all-or-nothing apply, and takes everything out (JSON,
 * vCard, CSV, a private calendar feed).
 */
@ApplicationModule(displayName = "Interchange",
		allowedDependencies = { "accounts", "people", "meetings", "ledger", "shared" })
package org.tend.interchange;

import org.springframework.modulith.ApplicationModule;