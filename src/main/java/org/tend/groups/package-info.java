/**
 * Small groups: members of a community wish for a group (topics, mode, city, size),
 * organizers form groups of 4 to 8 from the wishes (the algorithm in
 * {@code groups.forming}), and each published group meets for a season of sessions.
 */
@ApplicationModule(displayName = "Small groups",
		allowedDependencies = { "accounts", "community", "mail", "meetings", "people", "shared" })
package org.tend.groups;

import org.springframework.modulith.ApplicationModule;
