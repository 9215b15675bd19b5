package org.tend.groups;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tend.groups.internal.ContinuationRepository;
import org.tend.shared.web.InvalidInput;

/**
 * "Keep going / close" after a group's last session: the members decide, more than half
 * of them settling it (decision 0031). Keeping going adds as many sessions as the first
 * set had, at the same interval, the first an interval after the last; closing ends the
 * group, and with it the reminders. Until more than half agree nothing changes.
 */
@Service
public class GroupContinuationService {

	private final GroupsService groups;

	private final ContinuationRepository continuations;

	private final Clock clock;

	GroupContinuationService(GroupsService groups, ContinuationRepository continuations, Clock clock) {
		this.groups = groups;
		this.continuations = continuations;
		this.clock = clock;
	}

	/** Where the group stands, for its members. */
	@Transactional(readOnly = true)
	public Continuation of(UUID memberId, UUID groupId) {
		SmallGroup group = this.groups.group(memberId, groupId);
		return view(group, memberId, this.continuations.closedAt(groupId));
	}

	/** The member's answer, {@code keep} or {@code close}; it may settle the group. */
	@Transactional
	public Continuation choose(UUID memberId, UUID groupId, String choice) {
		String c = (choice != null) ? choice.strip().toLowerCase(Locale.ROOT) : "";
		if (!c.equals(Continuation.KEEP) && !c.equals(Continuation.CLOSE)) {
			throw InvalidInput.of("choice", "choice must be keep or close");
		}
		SmallGroup group = this.groups.group(memberId, groupId);
		if (this.continuations.lockAndReadClosed(groupId).isPresent()) {
			throw GroupConflict.closed();
		}
		GroupSession last = last(group);
		Instant now = this.clock.instant();
		if (last.startsAt().isAfter(now)) {
			throw GroupConflict.notYet(last.startsAt());
		}
		this.continuations.choose(groupId, memberId, last.number(), c);
		long agreeing = this.continuations.answers(groupId, last.number()).values().stream().filter(c::equals).count();
		if (agreeing * 2 > group.members().size()) {
			if (c.equals(Continuation.CLOSE)) {
				this.continuations.close(groupId, now);
			}
			else {
				this.continuations.addSessions(groupId, nextSet(group, last, now));
			}
		}
		return view(this.groups.group(memberId, groupId), memberId, this.continuations.closedAt(groupId));
	}

	private List<GroupSession> nextSet(SmallGroup group, GroupSession last, Instant now) {
		int count = this.continuations.firstKeptAfter(group.id(), last.number()).orElse(last.number());
		List<GroupSession> sessions = group.sessions();
		Duration interval = (sessions.size() > 1)
				? Duration.between(sessions.get(sessions.size() - 2).startsAt(), last.startsAt())
				: Duration.ofDays(SessionPlan.DEFAULT_INTERVAL_DAYS);
		Instant first = last.startsAt().plus(interval);
		// a group that answers late starts its next set an interval from now, not in the
		// past
		while (!first.isAfter(now)) {
			first = first.plus(interval);
		}
		return GroupSession.series(last.number() + 1, first, interval, count);
	}

	private Continuation view(SmallGroup group, UUID memberId, Optional<Instant> closedAt) {
		GroupSession last = last(group);
		Map<UUID, String> answers = this.continuations.answers(group.id(), last.number());
		long keep = answers.values().stream().filter(Continuation.KEEP::equals).count();
		String state = closedAt.isPresent() ? "closed"
				: last.startsAt().isAfter(this.clock.instant()) ? "running" : "choosing";
		return new Continuation(group.id(), state, last.number(), group.members().size(), (int) keep,
				answers.size() - (int) keep, answers.get(memberId), closedAt.orElse(null));
	}

	private static GroupSession last(SmallGroup group) {
		return group.sessions().get(group.sessions().size() - 1);
	}

}
