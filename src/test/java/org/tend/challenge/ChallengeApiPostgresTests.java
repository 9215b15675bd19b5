package org.tend.challenge;

import org.tend.support.AppOnPostgres;

/** {@link ChallengeApiTests} on PostgreSQL. */
@AppOnPostgres
class ChallengeApiPostgresTests extends ChallengeApiTests {

}
