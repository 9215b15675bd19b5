package org.tend.search;

import org.springframework.context.annotation.Import;
import org.tend.support.OnPostgres;

@OnPostgres
@Import({ SearchIndex.class, SearchRepository.class })
class SearchIndexPostgresTests extends SearchIndexContract {

}
