package org.tend.community;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tend.accounts.Account;
import org.tend.accounts.AccountsService;
import org.tend.accounts.CurrentMember;
import org.tend.community.internal.CommunityRepository;
import org.tend.community.internal.JournalPeople;
import org.tend.community.internal.MemberRepository;
import org.tend.community.internal.PairingCalendar;
import org.tend.community.internal.RoundRepository;
import org.tend.community.internal.RoundRepository.PairingRow;
import org.tend.community.internal.RoundRepository.Partner;
import org.tend.meetings.MeetingDetails;
import org.tend.meetings.MeetingKind;
import org.tend.meetings.MeetingMode;
import org.tend.meetings.MeetingStatus;
import org.tend.meetings.MeetingsService;
import org.tend.meetings.NewMeeting;
import org.tend.people.PeopleService;
import org.tend.people.PersonInput;
import org.tend.shared.web.InvalidInput;

/**
 * A member's own coffees: "my pairings", the private answer to "did you meet?", and the
 * one click that records a met coffee in the member's journal. The journal is written
 * through its own facades, with what the others wrote in their profile and nothing else:
 * no one's journal is read.
 */
@Service
public class PairingService {

	public static final int SHOWN = 100;

	private final RoundRepository rounds;

	private final MemberRepository members;

	private final CommunityRepository communities;

	private final AccountsService accounts;

	private final PeopleService people;

	private final MeetingsService meetings;

	private final JournalPeople journalPeople;

	private final Clock clock;

	PairingService(RoundRepository rounds, MemberRepository members, CommunityRepository communities,
			AccountsService accounts, PeopleService people, MeetingsService meetings, JournalPeople journalPeople,
			Clock clock) {
		this.journalPeople = journalPeople;
		this.rounds = rounds;
		this.members = members;
		this.communities = communities;
		this.accounts = accounts;
		this.people = people;
		this.meetings = meetings;
		this.clock = clock;
	}

	/** The member's coffees, newest first. */
	@Transactional(readOnly = true)
	public List<Pairing> pairings(UUID memberId) {
		List<PairingRow> rows = this.rounds.pairingsOf(memberId, SHOWN);
		Map<UUID, List<Partner>> partners = this.rounds.partners(memberId,
				rows.stream().map(PairingRow::groupId).toList());
		return rows.stream().map((row) -> pairing(row, partners.getOrDefault(row.groupId(), List.of()))).toList();
	}

	/** One of the member's coffees; anyone else's is 404. */
	@Transactional(readOnly = true)
	public Pairing pairing(UUID memberId, UUID groupId) {
		PairingRow row = this.rounds.pairingOf(memberId, groupId).orElseThrow(() -> CommunityNotFound.pairing(groupId));
		return pairing(row, this.rounds.partners(memberId, List.of(groupId)).getOrDefault(groupId, List.of()));
	}

	@Transactional
	public Pairing answer(UUID memberId, UUID groupId, Answer answer) {
		this.rounds.pairingOf(memberId, groupId).orElseThrow(() -> CommunityNotFound.pairing(groupId));
		this.rounds.answer(groupId, memberId, answer.outcome().code(), answer.rating(), answer.note(),
				this.clock.instant());
		return pairing(memberId, groupId);
	}

	/**
	 * "I'd like to meet again" about the others of one of the member's groups. Asking
	 * twice is asking once; a later round honours it only when the others asked too
	 * (docs/pairing.md, "Meeting again"). The others are not told; the reason of a later
	 * coffee says that both asked.
	 * @param roundId the round the group belongs to; another round's group is 404
	 */
	@Transactional
	public Pairing askAgain(UUID memberId, UUID roundId, UUID groupId) {
		PairingRow row = this.rounds.pairingOf(memberId, groupId)
			.filter((r) -> r.roundId().equals(roundId))
			.orElseThrow(() -> CommunityNotFound.pairing(groupId));
		if (!row.askedAgain()) {
			this.rounds.askAgain(groupId, memberId);
		}
		return pairing(memberId, groupId);
	}

	/**
	 * Records the met coffee in the member's journal: each partner becomes a person
	 * (name, headline as role, city, how we met), and a coffee that happened with them.
	 * Once. A partner recorded before, whose person is still in the journal, stays that
	 * person: a second coffee is a second meeting with them, not a second person.
	 */
	@Transactional
	public MeetingDetails recordInJournal(CurrentMember member, UUID groupId) {
		Pairing pairing = pairing(member.id(), groupId);
		if (pairing.outcome() != Outcome.MET) {
			throw InvalidInput.of("outcome", "Answer that you met before recording the coffee");
		}
		if (!this.rounds.markRecorded(groupId, member.id())) {
			throw InvalidInput.of("recorded", "This coffee is already in your journal");
		}
		String howWeMet = "Paired for a coffee in " + pairing.communityName() + " (round " + pairing.round() + ")";
		Instant now = this.clock.instant();
		Instant when = pairing.suggestedAt().isAfter(now) ? now : pairing.suggestedAt();
		List<UUID> personIds = new ArrayList<>();
		boolean inPerson = true;
		for (Pairing.Partner partner : pairing.partners()) {
			Profile profile = partner.profile();
			String role = (profile != null) ? profile.headline() : null;
			String city = (profile != null) ? profile.city() : null;
			inPerson &= profile != null && profile.city() != null && profile.mode().allowsInPerson();
			UUID known = this.journalPeople.person(member.id(), pairing.communityId(), partner.memberId())
				.filter((id) -> this.people.summary(member.id(), id).isPresent())
				.orElse(null);
			if (known != null) {
				personIds.add(known);
				continue;
			}
			PersonInput person = new PersonInput(partner.displayName(), null, role, city, null, null, null, null, null,
					null, howWeMet, when.atZone(member.zone()).toLocalDate());
			UUID created = this.people.create(member.id(), person).id();
			this.journalPeople.link(member.id(), pairing.communityId(), partner.memberId(), created);
			personIds.add(created);
		}
		return this.meetings.create(member.id(), member.zone(),
				new NewMeeting(personIds, MeetingKind.COFFEE, inPerson ? MeetingMode.IN_PERSON : MeetingMode.VIRTUAL,
						when, null, null, MeetingStatus.HAPPENED, null, null));
	}

	/**
	 * For a person of the member's journal recorded from a community coffee: how often
	 * the two were paired there and how often the member said they met. Empty for anyone
	 * else. Reads only the community's own rows.
	 */
	@Transactional(readOnly = true)
	public List<MetThrough> metThrough(UUID memberId, UUID personId) {
		return this.journalPeople.partnersOf(memberId, personId).stream().map((link) -> {
			int[] together = this.rounds.together(memberId, link.partnerId(), link.communityId());
			String name = this.communities.find(link.communityId()).map(Community::name).orElse("");
			return new MetThrough(link.communityId(), name, together[0], together[1]);
		}).filter((m) -> m.paired() > 0).toList();
	}

	/** How often the member met a person through one community. */
	public record MetThrough(UUID communityId, String communityName, int paired, int met) {
	}

	/** The coffee as an iCalendar event in the member's zone. */
	@Transactional(readOnly = true)
	public String calendar(CurrentMember member, UUID groupId) {
		Pairing pairing = pairing(member.id(), groupId);
		return PairingCalendar.of(pairing, member.zone(), this.clock.instant());
	}

	private Pairing pairing(PairingRow row, List<Partner> partners) {
		String communityName = this.communities.find(row.communityId()).map(Community::name).orElse("");
		List<Pairing.Partner> shown = partners.stream().map((partner) -> {
			Profile profile = this.members.find(row.communityId(), partner.memberId())
				.filter((m) -> !m.pending())
				.map(CommunityMember::profile)
				.orElse(null);
			String email = this.accounts.findById(partner.memberId()).map(Account::email).orElse(null);
			return new Pairing.Partner(partner.memberId(), partner.displayName(), email, profile);
		}).toList();
		return new Pairing(row.groupId(), row.communityId(), communityName, row.roundId(), row.round(),
				row.suggestedAt(), row.score(), row.reasons(), shown,
				(row.outcome() != null) ? Outcome.fromCode(row.outcome()) : null, row.rating(), row.note(),
				row.recorded(), row.askedAgain(), row.meeting());
	}

}
