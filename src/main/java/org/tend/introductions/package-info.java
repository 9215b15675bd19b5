/**
 * Introductions with consent (the double opt-in): the member asks two people of their
 * journal whether they would like to meet; Tend introduces them only when both said yes,
 * and records the introduction in the member's journal. Inside a community, a member may
 * ask another member for an introduction; the other decides whether and whom.
 */
@ApplicationModule(displayName = "Introductions",
		allowedDependencies = { "accounts", "people", "ledger", "mail", "meetings", "community", "depth", "shared" })
package org.tend.introductions;

import org.springframework.modulith.ApplicationModule;
