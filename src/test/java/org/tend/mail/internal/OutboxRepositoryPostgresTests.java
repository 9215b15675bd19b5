package org.tend.mail.internal;

import org.springframework.context.annotation.Import;
import org.tend.support.OnPostgres;

@OnPostgres
@Import({ OutboxRepository.class, UnsubscribeTokens.class, PreferenceRepository.class })
class OutboxRepositoryPostgresTests extends OutboxRepositoryContract {

}
