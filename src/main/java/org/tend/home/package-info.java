/**
 * The "today" page: what needs the member's attention now, gathered from people, meetings
 * and the ledger. A leaf: nothing depends on it.
 */
@ApplicationModule(displayName = "Home", allowedDependencies = { "people", "meetings", "ledger", "accounts", "shared" })
package org.tend.home;

import org.springframework.modulith.ApplicationModule;
