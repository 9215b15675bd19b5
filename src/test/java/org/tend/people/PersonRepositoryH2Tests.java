package org.tend.people;

import org.springframework.context.annotation.Import;
import org.tend.shared.BulkInsert;
import org.tend.support.OnH2;

@OnH2
@Import({ PersonRepository.class, PersonDetailRepository.class, PeopleListing.class, NoteRepository.class,
		BulkInsert.class })
class PersonRepositoryH2Tests extends PersonRepositoryContract {

}
