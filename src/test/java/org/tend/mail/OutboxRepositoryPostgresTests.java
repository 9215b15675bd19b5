package org.tend.mail;

import org.springframework.context.annotation.Import;
import org.tend.support.OnPostgres;

@OnPostgres
@Import({ OutboxRepository.class, UnsubscribeTokens.class })
class OutboxRepositoryPostgresTests extends OutboxRepositoryContract {

}
