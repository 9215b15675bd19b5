package org.tend.api;

import org.tend.support.AppOnPostgres;

/** {@link PageAuthorizationTests} on PostgreSQL. */
@AppOnPostgres
class PageAuthorizationPostgresTests extends PageAuthorizationTests {

}
