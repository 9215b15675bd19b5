package org.tend.search;

import org.springframework.context.annotation.Import;
import org.tend.search.internal.AccountsDeletingListener;
import org.tend.search.internal.SearchRepository;
import org.tend.shared.BulkInsert;
import org.tend.support.OnH2;

@OnH2
@Import({ SearchIndex.class, SearchRepository.class, AccountsDeletingListener.class, BulkInsert.class })
class SearchIndexH2Tests extends SearchIndexContract {

}
