package org.tend.people.internal;

import org.springframework.context.annotation.Import;
import org.tend.people.internal.NoteRepository;
import org.tend.people.internal.PeopleListing;
import org.tend.people.internal.PersonDetailRepository;
import org.tend.people.internal.PersonRepository;
import org.tend.shared.BulkInsert;
import org.tend.support.OnH2;

@OnH2
@Import({ PersonRepository.class, PersonDetailRepository.class, PeopleListing.class, NoteRepository.class,
		BulkInsert.class })
class PersonRepositoryH2Tests extends PersonRepositoryContract {

}
