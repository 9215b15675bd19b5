package org.tend.introductions;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tend.introductions.*}: how long a request stays open ({@code answerWithin}, 14
 * days), how many introductions one member may ask for in 24 hours ({@code perDay}: a
 * few; every request is a mail to somebody who did not sign up for Tend), and when the
 * follow-up promise falls due after an introduction ({@code followUpAfter}, 30 days).
 */
@ConfigurationProperties("tend.introductions")
public record IntroductionProperties(@DefaultValue("14d") Duration answerWithin, @DefaultValue("5") int perDay,
		@DefaultValue("30d") Duration followUpAfter) {

	public IntroductionProperties {
		if (answerWithin.isNegative() || answerWithin.isZero() || perDay < 1 || followUpAfter.isNegative()) {
			throw new IllegalArgumentException(
					"tend.introductions needs a positive answer-within, per-day >= 1 and follow-up-after >= 0");
		}
	}

}
