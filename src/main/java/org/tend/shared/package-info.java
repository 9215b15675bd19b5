/**
 * What truly every module needs and nothing more: ids, the clock, paging and the mapping
 * of typed errors to HTTP answers; and what several modules need alike rather than each
 * its own copy: random secrets and their hashes, accent- and case-folding, bulk inserts,
 * job locks, one timed iCalendar event, the rules of which dates can be true.
 */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN, allowedDependencies = {})
package org.tend.shared;

import org.springframework.modulith.ApplicationModule;
