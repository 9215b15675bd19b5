package org.tend.people;

import org.springframework.context.annotation.Import;
import org.tend.shared.BulkInsert;
import org.tend.support.OnPostgres;

@OnPostgres
@Import({ PersonRepository.class, PersonDetailRepository.class, PeopleListing.class, NoteRepository.class,
		BulkInsert.class })
class PersonRepositoryPostgresTests extends PersonRepositoryContract {

}
