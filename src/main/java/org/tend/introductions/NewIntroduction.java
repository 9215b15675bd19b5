package org.tend.introductions;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Asks two people of the member's journal whether they would like to be introduced:
 * {@code reasons} holds, for each of them, why the member thinks they should meet the
 * other (what that person reads in their request); {@code message} is the member's own
 * note, sent to both. Checked by {@link IntroductionsService#ask}, which names the field
 * at fault.
 */
public record NewIntroduction(List<UUID> personIds, Map<UUID, String> reasons, String message) {

	public static final int MAX_REASON = 1000;

	public static final int MAX_MESSAGE = 2000;

	public NewIntroduction {
		personIds = (personIds != null) ? personIds.stream().toList() : List.of();
		reasons = (reasons != null) ? Map.copyOf(reasons) : Map.of();
	}

}
