package org.tend.meetings.internal;

import org.springframework.context.annotation.Import;
import org.tend.support.OnH2;

@OnH2
@Import({ MeetingRepository.class, MeetingHistory.class })
class MeetingRepositoryH2Tests extends MeetingRepositoryContract {

}
