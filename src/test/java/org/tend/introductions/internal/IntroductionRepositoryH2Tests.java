package org.tend.introductions.internal;

import org.springframework.context.annotation.Import;
import org.tend.support.OnH2;

@OnH2
@Import(IntroductionRepository.class)
class IntroductionRepositoryH2Tests extends IntroductionRepositoryContract {

}
