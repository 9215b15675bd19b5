package org.tend.challenge.internal;

import org.springframework.context.annotation.Import;
import org.tend.support.OnPostgres;

@OnPostgres
@Import({ ChallengeRepository.class, ShareCardRepository.class })
class ChallengeRepositoryPostgresTests extends ChallengeRepositoryContract {

}
