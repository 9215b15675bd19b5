package org.tend.introductions.internal;

import org.springframework.context.annotation.Import;
import org.tend.support.OnPostgres;

@OnPostgres
@Import({ MemberLocks.class, IntroductionRequestRepository.class })
class MemberLocksPostgresTests extends MemberLocksContract {

}
