package org.tend.people;

import org.tend.support.AppOnPostgres;

/** {@link PeopleApiTests} on PostgreSQL. */
@AppOnPostgres
class PeopleApiPostgresTests extends PeopleApiTests {

}
