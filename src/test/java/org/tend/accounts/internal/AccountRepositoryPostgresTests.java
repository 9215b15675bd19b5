package org.tend.accounts.internal;

import org.springframework.context.annotation.Import;
import org.tend.support.OnPostgres;

@OnPostgres
@Import({ AccountRepository.class, AccessTokenRepository.class, InvitationRepository.class })
class AccountRepositoryPostgresTests extends AccountRepositoryContract {

}
