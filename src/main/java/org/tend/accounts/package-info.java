/**
 * Members' accounts: sign-up, sign-in, passwords, personal access tokens, and the
 * security that keeps each member's journal to that member alone.
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = "shared")
package org.tend.accounts;

import org.springframework.modulith.ApplicationModule;
