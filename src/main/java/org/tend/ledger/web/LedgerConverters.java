package org.tend.ledger.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tend.ledger.Direction;
import org.tend.ledger.ExchangeKind;
import org.tend.ledger.PromiseOwner;
import org.tend.ledger.PromiseStatus;

/**
 * Query parameters and form fields carry the lowercase codes ({@code given}); an unknown
 * code fails the conversion, which answers 400 naming the parameter.
 */
@Configuration(proxyBeanMethods = false)
class LedgerConverters implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, Direction.class, Direction::fromCode);
		registry.addConverter(String.class, ExchangeKind.class, ExchangeKind::fromCode);
		registry.addConverter(String.class, PromiseOwner.class, PromiseOwner::fromCode);
		registry.addConverter(String.class, PromiseStatus.class, PromiseStatus::fromCode);
	}

}
