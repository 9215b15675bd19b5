package org.tend.api;

import org.tend.support.AppOnPostgres;

/** {@link ApiAuthorizationTests} on PostgreSQL. */
@AppOnPostgres
class ApiAuthorizationPostgresTests extends ApiAuthorizationTests {

}
