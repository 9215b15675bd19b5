/**
 * Depth, not size: a documented, versioned score of how deep each relationship is (see
 * docs/depth-model.md), kept fresh from the other modules' events, the circles it
 * suggests, and the insights page that draws it.
 */
@ApplicationModule(displayName = "Depth", allowedDependencies = { "people", "meetings", "ledger", "accounts" })
package org.tend.depth;

import org.springframework.modulith.ApplicationModule;