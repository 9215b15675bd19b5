package org.tend.groups.internal;

import org.springframework.context.annotation.Import;
import org.tend.support.OnH2;

@OnH2
@Import({ GroupRepository.class, ReminderRepository.class, ContinuationRepository.class, ProposalRepository.class })
class GroupSeasonRepositoryH2Tests extends GroupSeasonRepositoryContract {

}
