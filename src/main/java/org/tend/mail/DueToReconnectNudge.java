package org.tend.mail;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tend.people.PeopleService;
import org.tend.people.PersonListItem;

/**
 * The nudge's suggestions until the weekly challenge supplies its own: the people most
 * overdue to reconnect. Last in order, so any other {@link WeeklyNudgeContent} wins; to
 * be deleted when the challenge module's implementation is merged.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DueToReconnectNudge implements WeeklyNudgeContent {

	static final int SUGGESTIONS = 3;

	private final PeopleService people;

	private final MessageSource messages;

	DueToReconnectNudge(PeopleService people, MessageSource messages) {
		this.people = people;
		this.messages = messages;
	}

	@Override
	public Optional<NudgeSection> forWeek(UUID ownerId, ZoneId zone, LocalDate today) {
		List<NudgeSection.Line> lines = this.people.dueToReconnect(ownerId, zone, SUGGESTIONS)
			.stream()
			.map(this::line)
			.toList();
		return Optional.of(new NudgeSection(null, lines));
	}

	private NudgeSection.Line line(PersonListItem person) {
		LocalDate lastMet = (person.lastMetOn() != null) ? person.lastMetOn() : person.metOn();
		String text = (lastMet == null)
				? this.messages.getMessage("mail.nudge.line.notMetYet", new Object[] { person.name() }, Locale.ENGLISH)
				: this.messages.getMessage("mail.nudge.line.lastMet",
						new Object[] { person.name(), lastMet.toString() }, Locale.ENGLISH);
		return new NudgeSection.Line(person.id(), text);
	}

}
