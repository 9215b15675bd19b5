/**
 * The reciprocity ledger: help given and received (exchanges) and the follow-ups either
 * side owes (promises), so that a relationship stays balanced and no promise is
 * forgotten.
 */
@ApplicationModule(displayName = "Ledger",
		allowedDependencies = { "people", "meetings", "accounts", "search", "shared" })
package org.tend.ledger;

import org.springframework.modulith.ApplicationModule;
