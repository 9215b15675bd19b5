/**
 * The weekly slow networking challenge: the week's goal, progress and streak, who to meet
 * and why, the invitation, the reflection that captures promises and exchanges, and the
 * optional share card.
 */
@ApplicationModule(displayName = "Challenge",
		allowedDependencies = { "people", "meetings", "ledger", "accounts", "mail", "shared" })
package org.tend.challenge;

import org.springframework.modulith.ApplicationModule;
