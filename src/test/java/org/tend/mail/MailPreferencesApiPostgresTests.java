package org.tend.mail;

import org.tend.support.AppOnPostgres;

/** {@link MailPreferencesApiTests} on PostgreSQL. */
@AppOnPostgres
class MailPreferencesApiPostgresTests extends MailPreferencesApiTests {

}
