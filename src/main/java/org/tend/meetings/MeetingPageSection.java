package org.tend.meetings;

import java.util.List;
import java.util.UUID;

/**
 * A section of the meeting page (the prep card) contributed by a module above meetings,
 * such as the open promises with the people met: meetings shows it without depending on
 * that module.
 *
 * <p>
 * The template must declare {@code th:fragment="section(data)"}.
 */
public interface MeetingPageSection {

	/** Where the section stands on the page, lower first. */
	int order();

	/** The Thymeleaf template holding the {@code section(data)} fragment. */
	String template();

	/** What the fragment shows, already scoped to the member (ownerId). */
	Object data(UUID ownerId, UUID meetingId, List<UUID> personIds);

}
