package org.tend.challenge.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tend.challenge.ChallengeService;
import org.tend.challenge.ChallengeWeek;
import org.tend.mail.NudgeSection;
import org.tend.mail.WeeklyNudgeContent;

/**
 * The weekly nudge mail carries the same week the challenge page shows: the goal, how it
 * stands, and this week's suggestions with their reasons. Mail sits below the challenge,
 * so it asks through {@link WeeklyNudgeContent} rather than calling up.
 */
@Component
class ChallengeNudge implements WeeklyNudgeContent {

	private final ChallengeService challenge;

	private final MessageSource messages;

	ChallengeNudge(ChallengeService challenge, MessageSource messages) {
		this.challenge = challenge;
		this.messages = messages;
	}

	@Override
	public Optional<NudgeSection> forWeek(UUID ownerId, ZoneId zone, LocalDate today) {
		ChallengeWeek week = this.challenge.current(ownerId, zone);
		return Optional.of(new NudgeSection(opening(week),
				week.suggestions().stream().map((s) -> new NudgeSection.Line(s.personId(), s.text())).toList()));
	}

	private String opening(ChallengeWeek week) {
		if (week.streakWeeks() > 1) {
			return text("challenge.nudge.streak", week.streakWeeks(), week.goal());
		}
		return text("challenge.nudge.goal", week.goal());
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, Locale.ENGLISH);
	}

}
