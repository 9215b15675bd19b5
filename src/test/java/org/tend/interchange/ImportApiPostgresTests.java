package org.tend.interchange;

import org.tend.support.AppOnPostgres;

/** {@link ImportApiTests} on PostgreSQL. */
@AppOnPostgres
class ImportApiPostgresTests extends ImportApiTests {

}
