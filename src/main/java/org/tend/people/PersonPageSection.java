package org.tend.people;

import java.util.UUID;

/**
 * A section of the person page contributed by a module above people (meetings,
 * ledger...): the person page shows them without knowing what they are, so people never
 * depends on the modules that build on it.
 *
 * <p>
 * The template must declare {@code th:fragment="section(data)"}; it is rendered with the
 * object returned by {@link #data}.
 */
public interface PersonPageSection {

	/** Where the section stands on the page, lower first. */
	int order();

	/**
	 * The Thymeleaf template holding the {@code section(data)} fragment, e.g.
	 * "meetings/person-section".
	 */
	String template();

	/** What the fragment shows, already scoped to the member (ownerId). */
	Object data(UUID ownerId, UUID personId);

}
