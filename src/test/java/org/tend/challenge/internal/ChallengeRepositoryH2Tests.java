package org.tend.challenge.internal;

import org.springframework.context.annotation.Import;
import org.tend.support.OnH2;

@OnH2
@Import({ ChallengeRepository.class, ShareCardRepository.class })
class ChallengeRepositoryH2Tests extends ChallengeRepositoryContract {

}
