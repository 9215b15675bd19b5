package org.tend.introductions.internal;

import org.springframework.context.annotation.Import;
import org.tend.support.OnH2;

@OnH2
@Import({ MemberLocks.class, IntroductionRequestRepository.class })
class MemberLocksH2Tests extends MemberLocksContract {

}
