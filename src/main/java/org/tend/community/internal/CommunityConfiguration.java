package org.tend.community.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tend.community.matching.RoundPlanner;
import org.tend.pairing.MatchingEngine;

/** The round planner over the matching engine (plain Java, no beans of its own). */
@Configuration(proxyBeanMethods = false)
class CommunityConfiguration {

	@Bean
	RoundPlanner roundPlanner() {
		return new RoundPlanner(MatchingEngine.create());
	}

}
