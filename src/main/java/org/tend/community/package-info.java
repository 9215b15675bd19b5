/**
 * Communities: members who join by invite code, write a profile for each community
 * (separate from their private journal), and are paired for one-on-one coffees round
 * after round, for fit and with the reasons said; a met coffee goes into the member's own
 * journal with one click.
 */
@ApplicationModule(displayName = "Communities",
		allowedDependencies = { "accounts", "people", "meetings", "mail", "pairing", "shared" })
package org.tend.community;

import org.springframework.modulith.ApplicationModule;
