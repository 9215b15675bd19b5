/**
 * What truly every module needs and nothing more: ids, the clock, paging and the mapping
 * of typed errors to HTTP answers.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.tend.shared;

import org.springframework.modulith.ApplicationModule;
