package org.tend.mail.internal;

import org.springframework.context.annotation.Import;
import org.tend.support.OnH2;

@OnH2
@Import({ OutboxRepository.class, UnsubscribeTokens.class, PreferenceRepository.class })
class OutboxRepositoryH2Tests extends OutboxRepositoryContract {

}
