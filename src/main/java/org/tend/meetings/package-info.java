/**
 * Meetings with the people in the journal: planned, happened or cancelled, with a prep
 * card before and a reflection after. Tells people when someone was last met.
 */
@ApplicationModule(displayName = "Meetings", allowedDependencies = { "people", "accounts", "search", "shared" })
package org.tend.meetings;

import org.springframework.modulith.ApplicationModule;
