package org.tend.ledger.internal;

import org.springframework.context.annotation.Import;
import org.tend.support.OnPostgres;

@OnPostgres
@Import({ ExchangeRepository.class, PromiseRepository.class })
class LedgerRepositoryPostgresTests extends LedgerRepositoryContract {

}
