package org.tend.ledger;

import org.tend.support.AppOnPostgres;

/** {@link LedgerApiTests} on PostgreSQL. */
@AppOnPostgres
class LedgerApiPostgresTests extends LedgerApiTests {

}
