package org.tend.accounts;

import org.tend.support.AppOnPostgres;

/** {@link AccountsApiTests} on PostgreSQL. */
@AppOnPostgres
class AccountsApiPostgresTests extends AccountsApiTests {

}
