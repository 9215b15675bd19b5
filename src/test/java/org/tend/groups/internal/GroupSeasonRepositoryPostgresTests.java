package org.tend.groups.internal;

import org.springframework.context.annotation.Import;
import org.tend.support.OnPostgres;

@OnPostgres
@Import({ GroupRepository.class, ReminderRepository.class, ContinuationRepository.class, ProposalRepository.class })
class GroupSeasonRepositoryPostgresTests extends GroupSeasonRepositoryContract {

}
