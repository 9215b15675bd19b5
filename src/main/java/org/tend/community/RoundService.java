package org.tend.community;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tend.accounts.AccountsService;
import org.tend.community.internal.CommunityRepository;
import org.tend.community.internal.Introductions;
import org.tend.community.internal.Introductions.Recipient;
import org.tend.community.internal.MemberRepository;
import org.tend.community.internal.RoundPlanning;
import org.tend.community.internal.RoundRepository;
import org.tend.community.internal.SuggestedTimes;
import org.tend.community.matching.Fit;
import org.tend.community.matching.FitScore;
import org.tend.community.matching.LeftOut;
import org.tend.community.matching.MemberPair;
import org.tend.community.matching.PlannedGroup;
import org.tend.community.matching.RepeatWindow.PairHistory;
import org.tend.mail.MailOutbox;
import org.tend.mail.OutgoingMail;
import org.tend.shared.Ids;
import org.tend.shared.web.InvalidInput;

/**
 * The community module's facade for rounds: the fit of two members, the preview of the
 * next round, publishing it (stored, introductions queued in the mail outbox), and the
 * organizer's figures. Members' own coffees and answers are in {@link PairingService}.
 */
@Service
public class RoundService {

	private final CommunityService communities;

	private final CommunityRepository communityRows;

	private final MemberRepository members;

	private final RoundRepository rounds;

	private final RoundPlanning planning;

	private final Introductions introductions;

	private final MailOutbox outbox;

	private final AccountsService accounts;

	private final Clock clock;

	RoundService(CommunityService communities, CommunityRepository communityRows, MemberRepository members,
			RoundRepository rounds, RoundPlanning planning, Introductions introductions, MailOutbox outbox,
			AccountsService accounts, Clock clock) {
		this.communities = communities;
		this.communityRows = communityRows;
		this.members = members;
		this.rounds = rounds;
		this.planning = planning;
		this.introductions = introductions;
		this.outbox = outbox;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** How well two active members fit, as the next round would score them. */
	@Transactional(readOnly = true)
	public Fit fit(UUID organizerId, UUID communityId, UUID a, UUID b) {
		this.communities.requireOrganizer(communityId, organizerId);
		CommunityMember first = activeMember(communityId, a, "a");
		CommunityMember second = activeMember(communityId, b, "b");
		if (a.equals(b)) {
			throw InvalidInput.of("b", "a and b must be two different members");
		}
		Map<MemberPair, PairHistory> history = this.rounds.pairHistory(communityId);
		MemberPair pair = MemberPair.of(a, b);
		int again = this.planning.repeats(community(communityId), history).again().getOrDefault(pair, 0);
		return FitScore.of(first.profile().forFit(a), second.profile().forFit(b), history.containsKey(pair), again);
	}

	/**
	 * The next round to be published (this period's, or after a publish the next one's),
	 * planned as publishing would plan it; nothing is saved or sent.
	 */
	@Transactional(readOnly = true)
	public RoundPlan preview(UUID organizerId, UUID communityId) {
		this.communities.requireOrganizer(communityId, organizerId);
		Community community = community(communityId);
		LocalDate period = this.planning.nextPeriod(community);
		return this.planning.plan(community, period, this.planning.taking(community, period));
	}

	/** Publishes this period's round; a second one in the same period is refused. */
	@Transactional
	public PublishedRound publish(UUID organizerId, UUID communityId) {
		this.communities.requireOrganizer(communityId, organizerId);
		return publishCurrent(community(communityId));
	}

	/**
	 * The round job's entry: publishes the period's round if it is due and not yet out.
	 */
	@Transactional
	public boolean publishIfDue(UUID communityId) {
		Community community = this.communityRows.find(communityId).orElse(null);
		if (community == null) {
			return false;
		}
		Instant now = this.clock.instant();
		LocalDate period = community.periodOf(now);
		if (now.isBefore(community.opensAt(period)) || this.rounds.exists(communityId, period)
				|| this.planning.taking(community, period).size() < 2) {
			return false;
		}
		publishCurrent(community);
		return true;
	}

	/**
	 * Queues the "round on <date> — skip?" notice when a round opens within the lead
	 * time.
	 */
	@Transactional
	public int noticeIfDue(UUID communityId, java.time.Duration lead) {
		Community community = this.communityRows.find(communityId).orElse(null);
		if (community == null) {
			return 0;
		}
		Instant now = this.clock.instant();
		LocalDate period = this.planning.nextPeriod(community);
		Instant opensAt = community.opensAt(period);
		if (!now.isBefore(opensAt) || now.isBefore(opensAt.minus(lead))) {
			return 0;
		}
		List<CommunityMember> taking = this.planning.taking(community, period);
		Map<UUID, String> emails = emails(taking.stream().map(CommunityMember::memberId).toList());
		int queued = 0;
		for (CommunityMember member : taking) {
			String email = emails.get(member.memberId());
			if (email != null && this.outbox
				.enqueue(this.introductions.skipNotice(community, new Recipient(member, email), opensAt))) {
				queued++;
			}
		}
		return queued;
	}

	@Transactional(readOnly = true)
	public List<RoundFigures> figures(UUID organizerId, UUID communityId) {
		this.communities.requireOrganizer(communityId, organizerId);
		return this.rounds.figures(communityId, 52);
	}

	private PublishedRound publishCurrent(Community community) {
		Instant now = this.clock.instant();
		LocalDate period = community.periodOf(now);
		if (this.rounds.exists(community.id(), period)) {
			throw RoundRefused.alreadyPublished(period);
		}
		List<CommunityMember> taking = this.planning.taking(community, period);
		RoundPlan plan = this.planning.plan(community, period, taking);
		UUID roundId = Ids.newId();
		int number = this.rounds.lastNumber(community.id()) + 1;
		Map<MemberPair, PairHistory> before = this.rounds.pairHistory(community.id());
		try {
			this.rounds.insertRound(roundId, community.id(), number, period, plan.opensAt(), now,
					(int) this.members.countActive(community.id()), taking.size());
		}
		catch (DuplicateKeyException ex) {
			// another instance (the job, or a second click) published it first
			throw RoundRefused.alreadyPublished(period);
		}
		Map<UUID, CommunityMember> byId = new HashMap<>();
		taking.forEach((m) -> byId.put(m.memberId(), m));
		Map<UUID, String> emails = emails(byId.keySet());
		Instant base = plan.opensAt().isAfter(now) ? plan.opensAt() : now;
		// every row and mail of the round is gathered first and written in bulk: one
		// statement per row was most of a 10,000-member publish
		List<RoundRepository.NewGroup> groups = new ArrayList<>(plan.groups().size());
		List<OutgoingMail> mails = new ArrayList<>(taking.size());
		for (PlannedGroup group : plan.groups()) {
			groups.add(publishGroup(community, roundId, number, group, byId, emails, before, base, mails));
		}
		List<RoundRepository.LeftOutRow> leftOut = new ArrayList<>();
		for (LeftOut left : plan.leftOut()) {
			leftOut.add(new RoundRepository.LeftOutRow(left.memberId(), left.reason()));
			String email = emails.get(left.memberId());
			if (email != null) {
				mails.add(this.introductions.leftOut(community, roundId, number,
						new Recipient(byId.get(left.memberId()), email), left.reason()));
			}
		}
		this.rounds.insertGroups(roundId, community.id(), groups, leftOut);
		this.outbox.enqueueAll(mails);
		this.members.clearSkips(community.id());
		return new PublishedRound(roundId, number, plan);
	}

	private RoundRepository.NewGroup publishGroup(Community community, UUID roundId, int number, PlannedGroup group,
			Map<UUID, CommunityMember> byId, Map<UUID, String> emails, Map<MemberPair, PairHistory> before,
			Instant base, List<OutgoingMail> mails) {
		List<CommunityMember> people = group.memberIds().stream().map(byId::get).toList();
		Instant suggested = SuggestedTimes.suggest(base, people.stream().map((m) -> m.profile().zone()).toList());
		int meeting = 1;
		for (int i = 0; i < people.size(); i++) {
			for (int j = i + 1; j < people.size(); j++) {
				PairHistory past = before.get(MemberPair.of(people.get(i).memberId(), people.get(j).memberId()));
				meeting = Math.max(meeting, (past != null) ? past.meetings() + 1 : 1);
			}
		}
		UUID groupId = Ids.newId();
		List<Recipient> recipients = new ArrayList<>();
		for (CommunityMember member : people) {
			recipients.add(new Recipient(member, emails.getOrDefault(member.memberId(), "")));
		}
		for (Recipient to : recipients) {
			if (!to.email().isEmpty()) {
				List<Recipient> others = recipients.stream().filter((r) -> r != to).toList();
				mails.add(this.introductions.introduction(community, roundId, number, groupId, to, others,
						group.reasons(), suggested));
			}
		}
		return new RoundRepository.NewGroup(groupId, group.score(), group.reasons(), suggested, meeting, group.again(),
				people.stream().map((m) -> new RoundRepository.Partner(m.memberId(), m.displayName())).toList());
	}

	/** The addresses of the real members among the ids, in a few queries. */
	private Map<UUID, String> emails(java.util.Collection<UUID> memberIds) {
		return this.accounts.realEmails(memberIds);
	}

	private CommunityMember activeMember(UUID communityId, UUID memberId, String field) {
		if (memberId == null) {
			throw InvalidInput.of(field, field + " is required");
		}
		return this.members.find(communityId, memberId)
			.filter((m) -> !m.pending())
			.orElseThrow(() -> InvalidInput.of(field, field + " is not a member of this community"));
	}

	private Community community(UUID communityId) {
		return this.communityRows.find(communityId).orElseThrow(() -> CommunityNotFound.withId(communityId));
	}

}
