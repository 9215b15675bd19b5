package org.tend.search;

import org.springframework.context.annotation.Import;
import org.tend.search.internal.AccountsDeletingListener;
import org.tend.search.internal.SearchRepository;
import org.tend.shared.BulkInsert;
import org.tend.support.OnPostgres;

@OnPostgres
@Import({ SearchIndex.class, SearchRepository.class, AccountsDeletingListener.class, BulkInsert.class })
class SearchIndexPostgresTests extends SearchIndexContract {

}
