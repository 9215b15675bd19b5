package org.tend.introductions;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tend.introductions.requests.*}: how many requests for an introduction one member
 * may send other members in 24 hours ({@code perDay}, 3: each is a favour asked of
 * somebody).
 */
@ConfigurationProperties("tend.introductions.requests")
public record IntroductionRequestProperties(@DefaultValue("3") int perDay) {

	public IntroductionRequestProperties {
		if (perDay < 1) {
			throw new IllegalArgumentException("tend.introductions.requests.per-day must be at least 1");
		}
	}

}
