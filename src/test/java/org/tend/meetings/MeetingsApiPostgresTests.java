package org.tend.meetings;

import org.tend.support.AppOnPostgres;

/** {@link MeetingsApiTests} on PostgreSQL. */
@AppOnPostgres
class MeetingsApiPostgresTests extends MeetingsApiTests {

}
