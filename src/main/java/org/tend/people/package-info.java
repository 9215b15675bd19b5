/**
 * The people in a member's private journal: who they are, how we met, what we learned by
 * listening (notes), their circle and keep-in-touch cadence.
 */
@ApplicationModule(displayName = "People", allowedDependencies = { "accounts", "search", "shared" })
package org.tend.people;

import org.springframework.modulith.ApplicationModule;
