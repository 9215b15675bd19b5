package org.tend.ledger.internal;

import org.springframework.context.annotation.Import;
import org.tend.support.OnH2;

@OnH2
@Import({ ExchangeRepository.class, PromiseRepository.class })
class LedgerRepositoryH2Tests extends LedgerRepositoryContract {

}
