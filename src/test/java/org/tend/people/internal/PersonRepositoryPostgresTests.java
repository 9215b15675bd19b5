package org.tend.people.internal;

import org.springframework.context.annotation.Import;
import org.tend.people.internal.NoteRepository;
import org.tend.people.internal.PeopleListing;
import org.tend.people.internal.PersonDetailRepository;
import org.tend.people.internal.PersonRepository;
import org.tend.shared.BulkInsert;
import org.tend.support.OnPostgres;

@OnPostgres
@Import({ PersonRepository.class, PersonDetailRepository.class, PeopleListing.class, NoteRepository.class,
		BulkInsert.class })
class PersonRepositoryPostgresTests extends PersonRepositoryContract {

}
