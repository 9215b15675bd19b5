package org.tend.depth.internal;

import org.springframework.context.annotation.Import;
import org.tend.support.OnPostgres;

@OnPostgres
@Import({ DepthRepository.class, DepthRepositoryContract.Json.class })
class DepthRepositoryPostgresTests extends DepthRepositoryContract {

}
