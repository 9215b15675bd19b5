package org.tend.groups;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tend.accounts.AccountsService;
import org.tend.community.Community;
import org.tend.community.CommunityMember;
import org.tend.community.CommunityService;
import org.tend.groups.forming.Wish;
import org.tend.groups.internal.ContinuationRepository;
import org.tend.groups.internal.GroupMails;
import org.tend.groups.internal.ProposalRepository;
import org.tend.mail.MailOutbox;
import org.tend.shared.Ids;

/**
 * Groups members propose themselves ("join my group on climate policy"): the community's
 * members see the open proposals and join until every seat is taken; the last seat (or
 * the proposer, once four are in) makes it a group with a season of sessions, mailed to
 * each member as a published group is. Such a group belongs to no organizer's season
 * (decision 0031).
 */
@Service
public class GroupProposalsService {

	/** Open proposals a member may have at once in a community. */
	public static final int OPEN_PER_MEMBER = 1;

	static final int LISTED = 200;

	private final ProposalRepository proposals;

	private final ContinuationRepository sessions;

	private final CommunityService communities;

	private final AccountsService accounts;

	private final MailOutbox outbox;

	private final GroupMails mails;

	private final Clock clock;

	GroupProposalsService(ProposalRepository proposals, ContinuationRepository sessions, CommunityService communities,
			AccountsService accounts, MailOutbox outbox, GroupMails mails, Clock clock) {
		this.proposals = proposals;
		this.sessions = sessions;
		this.communities = communities;
		this.accounts = accounts;
		this.outbox = outbox;
		this.mails = mails;
		this.clock = clock;
	}

	/** The member proposes a group and takes its first seat. */
	@Transactional
	public GroupProposal propose(UUID memberId, UUID communityId, ProposalInput input) {
		CommunityMember me = this.communities.membership(memberId, communityId);
		if (this.proposals.openBy(communityId, memberId) >= OPEN_PER_MEMBER) {
			throw GroupConflict.openProposal();
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		GroupProposal proposal = new GroupProposal(Ids.newId(), communityId, memberId, input.topic(), input.mode(),
				input.city(), input.size(), input.plan().count(), input.plan().intervalDays(), input.plan().firstAt(),
				null, now, List.of());
		this.proposals.insert(proposal);
		this.proposals.addMember(proposal.id(), new SmallGroup.Member(memberId, me.displayName()), now);
		return this.proposals.find(communityId, proposal.id()).orElseThrow();
	}

	/** The community's proposals not yet a group, oldest first, for its members. */
	@Transactional(readOnly = true)
	public List<GroupProposal> open(UUID memberId, UUID communityId) {
		this.communities.membership(memberId, communityId);
		return this.proposals.open(communityId, LISTED);
	}

	/** The member takes a seat; the last seat makes the proposal a group. */
	@Transactional
	public GroupProposal join(UUID memberId, UUID communityId, UUID proposalId) {
		CommunityMember me = this.communities.membership(memberId, communityId);
		GroupProposal proposal = locked(communityId, proposalId);
		if (proposal.groupId() != null) {
			throw GroupConflict.started();
		}
		if (proposal.has(memberId)) {
			throw GroupConflict.alreadyIn();
		}
		if (proposal.openSeats() <= 0) {
			throw GroupConflict.full();
		}
		this.proposals.addMember(proposalId, new SmallGroup.Member(memberId, me.displayName()),
				this.clock.instant().truncatedTo(ChronoUnit.MICROS));
		GroupProposal joined = this.proposals.find(communityId, proposalId).orElseThrow();
		if (joined.openSeats() == 0) {
			becomeGroup(memberId, joined);
			return this.proposals.find(communityId, proposalId).orElseThrow();
		}
		return joined;
	}

	/** The proposer starts the group before every seat is taken, once four are in. */
	@Transactional
	public GroupProposal start(UUID memberId, UUID communityId, UUID proposalId) {
		GroupProposal proposal = ownOpenProposal(memberId, communityId, proposalId);
		if (proposal.members().size() < Wish.SMALLEST) {
			throw GroupConflict.tooFew(Wish.SMALLEST);
		}
		becomeGroup(memberId, proposal);
		return this.proposals.find(communityId, proposalId).orElseThrow();
	}

	/**
	 * The proposer takes the proposal back before it is a group; whoever joined it is
	 * free again (their seats go with it).
	 */
	@Transactional
	public void withdraw(UUID memberId, UUID communityId, UUID proposalId) {
		ownOpenProposal(memberId, communityId, proposalId);
		this.proposals.delete(proposalId);
	}

	/**
	 * A member who joined gives their seat back before it is a group. The proposer does
	 * not leave their own proposal: they withdraw it, so no proposal is left without the
	 * member who answers for it.
	 */
	@Transactional
	public GroupProposal leave(UUID memberId, UUID communityId, UUID proposalId) {
		this.communities.membership(memberId, communityId);
		GroupProposal proposal = locked(communityId, proposalId);
		if (proposal.groupId() != null) {
			throw GroupConflict.started();
		}
		if (!proposal.has(memberId)) {
			throw GroupConflict.notIn();
		}
		if (proposal.proposerId().equals(memberId)) {
			throw GroupConflict.proposerLeaves();
		}
		this.proposals.removeMember(proposalId, memberId);
		return this.proposals.find(communityId, proposalId).orElseThrow();
	}

	/**
	 * The member's own proposal, locked, that is not a group yet: only its proposer
	 * starts or withdraws it.
	 */
	private GroupProposal ownOpenProposal(UUID memberId, UUID communityId, UUID proposalId) {
		this.communities.membership(memberId, communityId);
		GroupProposal proposal = locked(communityId, proposalId);
		if (!proposal.proposerId().equals(memberId)) {
			throw new NotTheProposer();
		}
		if (proposal.groupId() != null) {
			throw GroupConflict.started();
		}
		return proposal;
	}

	private GroupProposal locked(UUID communityId, UUID proposalId) {
		this.proposals.lock(proposalId);
		return this.proposals.find(communityId, proposalId).orElseThrow(() -> GroupNotFound.withId(proposalId));
	}

	private void becomeGroup(UUID actingMemberId, GroupProposal proposal) {
		Instant now = this.clock.instant();
		Community community = this.communities.get(actingMemberId, proposal.communityId());
		Instant first = (proposal.firstAt() != null && proposal.firstAt().isAfter(now)) ? proposal.firstAt()
				: GroupsService.aWeekFromToday(now, community.zone());
		List<GroupSession> season = GroupSession.series(1, first, Duration.ofDays(proposal.intervalDays()),
				proposal.sessions());
		String proposer = proposal.members()
			.stream()
			.filter((m) -> m.memberId().equals(proposal.proposerId()))
			.map(SmallGroup.Member::displayName)
			.findFirst()
			.orElse("a member");
		SmallGroup group = new SmallGroup(Ids.newId(), proposal.communityId(), proposal.topic(), proposal.mode(),
				proposal.city(), List.of("Proposed by " + proposer + "; you all joined it"), proposal.members(),
				season);
		this.proposals.becomeGroup(proposal.id(), group);
		this.sessions.addSessions(group.id(), season);
		for (SmallGroup.Member member : group.members()) {
			this.accounts.findById(member.memberId())
				.filter((account) -> account.email() != null)
				.ifPresent((account) -> this.outbox
					.enqueue(this.mails.published(group, community.name(), member, account.email(), account.zone())));
		}
	}

}
