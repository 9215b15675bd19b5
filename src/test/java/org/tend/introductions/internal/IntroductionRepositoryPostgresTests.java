package org.tend.introductions.internal;

import org.springframework.context.annotation.Import;
import org.tend.support.OnPostgres;

@OnPostgres
@Import(IntroductionRepository.class)
class IntroductionRepositoryPostgresTests extends IntroductionRepositoryContract {

}
