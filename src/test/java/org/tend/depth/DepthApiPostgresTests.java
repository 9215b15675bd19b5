package org.tend.depth;

import org.tend.support.AppOnPostgres;

/** {@link DepthApiTests} on PostgreSQL. */
@AppOnPostgres
class DepthApiPostgresTests extends DepthApiTests {

}
