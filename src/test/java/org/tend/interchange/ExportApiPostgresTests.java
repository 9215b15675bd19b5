package org.tend.interchange;

import org.tend.support.AppOnPostgres;

/** {@link ExportApiTests} on PostgreSQL. */
@AppOnPostgres
class ExportApiPostgresTests extends ExportApiTests {

}
