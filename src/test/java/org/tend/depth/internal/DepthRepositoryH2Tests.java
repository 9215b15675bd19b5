package org.tend.depth.internal;

import org.springframework.context.annotation.Import;
import org.tend.support.OnH2;

@OnH2
@Import({ DepthRepository.class, DepthRepositoryContract.Json.class })
class DepthRepositoryH2Tests extends DepthRepositoryContract {

}
