package org.tend.meetings.internal;

import org.springframework.context.annotation.Import;
import org.tend.support.OnPostgres;

@OnPostgres
@Import({ MeetingRepository.class, MeetingHistory.class })
class MeetingRepositoryPostgresTests extends MeetingRepositoryContract {

}
