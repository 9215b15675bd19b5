package org.tend.accounts.internal;

import org.springframework.context.annotation.Import;
import org.tend.support.OnH2;

@OnH2
@Import({ AccountRepository.class, AccessTokenRepository.class, InvitationRepository.class })
class AccountRepositoryH2Tests extends AccountRepositoryContract {

}
