/**
 * "Explore with sample data": a one-click throw-away account with a realistic journal, so
 * a newcomer sees the product alive before writing anything of their own.
 */
@ApplicationModule(displayName = "Sample data", allowedDependencies = { "accounts", "people", "meetings", "ledger" })
package org.tend.sampledata;

import org.springframework.modulith.ApplicationModule;
