/**
 * What truly every module needs and nothing more: ids, the clock, paging and the mapping
 * of typed errors to HTTP answers; and what several modules need alike rather than each
 * its own copy: random secrets and their hashes, accent- and case-folding, bulk inserts,
 * job locks.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.tend.shared;

import org.springframework.modulith.ApplicationModule;
