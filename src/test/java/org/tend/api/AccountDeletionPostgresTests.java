package org.tend.api;

import org.tend.support.AppOnPostgres;

/** {@link AccountDeletionTests} on PostgreSQL: every table of a real server walked. */
@AppOnPostgres
class AccountDeletionPostgresTests extends AccountDeletionTests {

}
