package org.tend.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background jobs run unless switched off (tests that travel in time call jobs
 * themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "tend.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {

}
