package org.tend.introductions;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A request for an introduction, as one of its two members sees it: {@code member} is the
 * other one (the asker for an incoming request, the member asked for an outgoing one),
 * with the name they show in the community. Nothing from either journal: the introduction
 * a request led to is named only to the member who made it.
 */
public record IntroductionRequest(UUID id, UUID communityId, Way way, UUID memberId, String memberName, String text,
		RequestStatus status, Instant createdAt, Instant answeredAt, UUID introductionId) {

	/** Whether the request came to the member or was sent by them. */
	public enum Way {

		INCOMING, OUTGOING;

		@JsonValue
		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	public boolean incoming() {
		return this.way == Way.INCOMING;
	}

}
