package org.tend.groups;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tend.accounts.Account;
import org.tend.accounts.AccountsService;
import org.tend.accounts.CurrentMember;
import org.tend.community.Community;
import org.tend.community.CommunityMember;
import org.tend.community.CommunityService;
import org.tend.community.OrganizersOnly;
import org.tend.groups.forming.Formation;
import org.tend.groups.forming.GroupFormer;
import org.tend.groups.forming.Wish;
import org.tend.groups.internal.GroupCalendar;
import org.tend.groups.internal.GroupMails;
import org.tend.groups.internal.GroupRepository;
import org.tend.groups.internal.GroupRepository.OpenWish;
import org.tend.mail.MailOutbox;
import org.tend.meetings.MeetingDetails;
import org.tend.meetings.MeetingKind;
import org.tend.meetings.MeetingMode;
import org.tend.meetings.MeetingStatus;
import org.tend.meetings.MeetingsService;
import org.tend.meetings.NewMeeting;
import org.tend.people.PeopleService;
import org.tend.people.PersonInput;
import org.tend.shared.Ids;
import org.tend.shared.web.InvalidInput;

/**
 * The groups module's facade: a member's wish, the organizers' preview and publishing of
 * a season's groups (mailed to each member with the schedule), a group for its members
 * and its sessions as a calendar. Membership and profiles come from the community's
 * facade: whoever is not an active member gets the community's 404, a member asking for
 * an organizer's power {@link OrganizersOnly}.
 */
@Service
public class GroupsService {

	/** How long forming may improve on its seed before answering. */
	static final Duration BUDGET = Duration.ofSeconds(2);

	static final LocalTime SESSION_TIME = LocalTime.of(18, 0);

	private final GroupRepository groups;

	private final CommunityService communities;

	private final AccountsService accounts;

	private final MailOutbox outbox;

	private final GroupMails mails;

	private final PeopleService people;

	private final MeetingsService meetings;

	private final Clock clock;

	GroupsService(GroupRepository groups, CommunityService communities, AccountsService accounts, MailOutbox outbox,
			GroupMails mails, PeopleService people, MeetingsService meetings, Clock clock) {
		this.people = people;
		this.meetings = meetings;
		this.groups = groups;
		this.communities = communities;
		this.accounts = accounts;
		this.outbox = outbox;
		this.mails = mails;
		this.clock = clock;
	}

	/** Saves the member's wish (replacing an earlier open one). */
	@Transactional
	public GroupWish wish(UUID memberId, UUID communityId, GroupWish wish) {
		this.communities.membership(memberId, communityId);
		this.groups.replaceWish(communityId, memberId, wish, this.clock.instant());
		return wish;
	}

	/** The groups the open wishes would give now; nothing is saved or sent. */
	@Transactional(readOnly = true)
	public GroupsPreview preview(UUID organizerId, UUID communityId) {
		requireOrganizer(organizerId, communityId);
		return form(communityId).preview();
	}

	/**
	 * Publishes the season's groups: 409 ({@link SeasonRunning}) while one runs, 400
	 * (field {@code wishes}) when the open wishes form no group.
	 */
	@Transactional
	public PublishedSeason publish(UUID organizerId, UUID communityId, SessionPlan plan) {
		requireOrganizer(organizerId, communityId);
		Instant now = this.clock.instant();
		if (this.groups.seasonRunning(communityId, now)) {
			throw new SeasonRunning();
		}
		Community community = this.communities.get(organizerId, communityId);
		Formed formed = form(communityId);
		if (formed.preview().groups().isEmpty()) {
			// a season without a group would only block the next publish until it ended
			throw InvalidInput.of("wishes",
					"Too few matching wishes to form a group of " + Wish.SMALLEST + " yet: nothing was published");
		}
		Instant first = (plan.firstAt() != null) ? plan.firstAt() : aWeekFromToday(now, community.zone());
		Instant last = first.plus(Duration.ofDays((long) plan.intervalDays() * (plan.count() - 1)));
		UUID seasonId = Ids.newId();
		this.groups.insertSeason(seasonId, communityId, now, last.plus(Duration.ofDays(1)));
		List<SmallGroup> published = new ArrayList<>();
		for (FormedGroup group : formed.preview().groups()) {
			List<GroupSession> sessions = GroupSession.series(1, first, Duration.ofDays(plan.intervalDays()),
					plan.count());
			List<SmallGroup.Member> members = group.memberIds()
				.stream()
				.map((id) -> new SmallGroup.Member(id, formed.members().get(id).displayName()))
				.toList();
			SmallGroup small = new SmallGroup(Ids.newId(), communityId, group.topic(), group.mode(), group.city(),
					group.reasons(), members, sessions);
			this.groups.insertGroup(seasonId, small);
			for (SmallGroup.Member member : members) {
				String email = this.accounts.findById(member.memberId()).map(Account::email).orElse(null);
				if (email != null) {
					this.outbox.enqueue(this.mails.published(small, community.name(), member, email,
							formed.members().get(member.memberId()).profile().zone()));
				}
			}
			published.add(small);
		}
		return new PublishedSeason(seasonId, published, formed.preview().unplaced());
	}

	/** The group, for its members only. */
	@Transactional(readOnly = true)
	public SmallGroup group(UUID memberId, UUID groupId) {
		return this.groups.groupOf(memberId, groupId).orElseThrow(() -> GroupNotFound.withId(groupId));
	}

	/** Every session of the group as an iCalendar. */
	@Transactional(readOnly = true)
	public String calendar(UUID memberId, UUID groupId) {
		return GroupCalendar.of(group(memberId, groupId), this.clock.instant());
	}

	/** The member's own attendance of one of the group's sessions. */
	@Transactional
	public GroupSession attend(UUID memberId, UUID groupId, UUID sessionId, boolean attended) {
		GroupSession session = session(group(memberId, groupId), sessionId);
		this.groups.attend(sessionId, memberId, attended);
		return session;
	}

	/**
	 * Records an attended session in the member's own journal, once: the other members
	 * become people (name, headline as role, how we met) and the session a group meeting
	 * that happened with them.
	 */
	@Transactional
	public MeetingDetails recordInJournal(CurrentMember member, UUID groupId, UUID sessionId) {
		SmallGroup group = group(member.id(), groupId);
		GroupSession session = session(group, sessionId);
		if (!this.groups.attended(sessionId, member.id())) {
			throw InvalidInput.of("attended", "Say that you attended before recording the session");
		}
		if (!this.groups.markRecorded(sessionId, member.id())) {
			throw InvalidInput.of("recorded", "This session is already in your journal");
		}
		Instant now = this.clock.instant();
		Instant when = session.startsAt().isAfter(now) ? now : session.startsAt();
		String howWeMet = "Small group on " + group.topic();
		List<UUID> others = group.memberIds().stream().filter((id) -> !id.equals(member.id())).toList();
		Map<UUID, CommunityMember> profiles = new HashMap<>();
		this.communities.activeMembers(group.communityId(), others).forEach((m) -> profiles.put(m.memberId(), m));
		List<UUID> personIds = new ArrayList<>();
		for (SmallGroup.Member other : group.members()) {
			if (other.memberId().equals(member.id())) {
				continue;
			}
			CommunityMember profile = profiles.get(other.memberId());
			String role = (profile != null) ? profile.profile().headline() : null;
			PersonInput person = new PersonInput(other.displayName(), null, role, null, null, null, null, null, null,
					null, howWeMet, when.atZone(member.zone()).toLocalDate());
			personIds.add(this.people.create(member.id(), person).id());
		}
		return this.meetings.create(member.id(), member.zone(),
				new NewMeeting(personIds, MeetingKind.EVENT,
						group.mode().equals("in_person") ? MeetingMode.IN_PERSON : MeetingMode.VIRTUAL, when, 90,
						group.city(), MeetingStatus.HAPPENED, null, null));
	}

	private static GroupSession session(SmallGroup group, UUID sessionId) {
		return group.sessions()
			.stream()
			.filter((s) -> s.id().equals(sessionId))
			.findFirst()
			.orElseThrow(() -> GroupNotFound.withId(sessionId));
	}

	/**
	 * The member's open wish in the community, if any (a placed wish is no longer open).
	 */
	@Transactional(readOnly = true)
	public Optional<GroupWish> openWish(UUID memberId, UUID communityId) {
		this.communities.membership(memberId, communityId);
		return this.groups.openWish(communityId, memberId);
	}

	/** Withdraws the member's open wish; false when there was none. */
	@Transactional
	public boolean withdrawWish(UUID memberId, UUID communityId) {
		this.communities.membership(memberId, communityId);
		return this.groups.withdrawWish(communityId, memberId);
	}

	/** Every group the member is in, across their communities, newest season first. */
	@Transactional(readOnly = true)
	public List<MyGroup> groupsOf(UUID memberId) {
		return this.groups.groupsOf(memberId);
	}

	/** The member's own attendance of the group's sessions, by session. */
	@Transactional(readOnly = true)
	public Map<UUID, Attendance> attendance(UUID memberId, UUID groupId) {
		group(memberId, groupId);
		Map<UUID, Attendance> bySession = new HashMap<>();
		this.groups.attendance(groupId, memberId).forEach((a) -> bySession.put(a.sessionId(), a));
		return bySession;
	}

	/** The wish count of a community (tests check that refused input changes nothing). */
	@Transactional(readOnly = true)
	public long wishCount(UUID organizerId, UUID communityId) {
		requireOrganizer(organizerId, communityId);
		return this.groups.wishCount(communityId);
	}

	private void requireOrganizer(UUID memberId, UUID communityId) {
		if (!this.communities.membership(memberId, communityId).organizer()) {
			throw new OrganizersOnly();
		}
	}

	private record Formed(GroupsPreview preview, Map<UUID, CommunityMember> members) {
	}

	private Formed form(UUID communityId) {
		List<OpenWish> open = this.groups.openWishes(communityId);
		Map<UUID, CommunityMember> members = new HashMap<>();
		this.communities.activeMembers(communityId, open.stream().map(OpenWish::memberId).toList())
			.forEach((m) -> members.put(m.memberId(), m));
		List<OpenWish> wishes = open.stream().filter((w) -> members.containsKey(w.memberId())).toList();
		List<Wish> input = new ArrayList<>();
		for (int i = 0; i < wishes.size(); i++) {
			GroupWish wish = wishes.get(i).wish();
			input.add(new Wish(i,
					wish.topics().stream().map(GroupWish::fold).collect(java.util.stream.Collectors.toSet()),
					wish.venues(), wish.sizeMin(), wish.sizeMax(),
					company(members.get(wishes.get(i).memberId()).profile().headline())));
		}
		Formation formation = GroupFormer.form(input, BUDGET, communityId.getMostSignificantBits());
		List<FormedGroup> formed = new ArrayList<>();
		for (Formation.Group group : formation.groups()) {
			List<UUID> ids = group.members().stream().map((i) -> wishes.get(i).memberId()).toList();
			boolean inPerson = !group.venue().equals(Wish.VIRTUAL);
			String topic = topicAsWritten(group.topic(), wishes.get(group.members().get(0)).wish());
			String city = inPerson ? wishes.get(group.members().get(0)).wish().city() : null;
			formed.add(new FormedGroup(ids, topic, inPerson ? "in_person" : "virtual", city,
					reasons(topic, city, group.members().size(), ids, members)));
		}
		List<UUID> unplaced = formation.unplaced().stream().map((i) -> wishes.get(i).memberId()).toList();
		return new Formed(new GroupsPreview(formed, unplaced), members);
	}

	private static String topicAsWritten(String folded, GroupWish wish) {
		return wish.topics().stream().filter((t) -> GroupWish.fold(t).equals(folded)).findFirst().orElse(folded);
	}

	private static List<String> reasons(String topic, String city, int size, List<UUID> ids,
			Map<UUID, CommunityMember> members) {
		List<String> reasons = new ArrayList<>();
		reasons.add("You all want to talk about " + topic);
		reasons.add((city != null) ? "You all meet in person in " + city : "You all meet online");
		reasons.add(size + " members, a size each of you said you like");
		long companies = ids.stream()
			.map((id) -> company(members.get(id).profile().headline()))
			.filter(java.util.Objects::nonNull)
			.distinct()
			.count();
		if (companies > 1) {
			reasons.add("From " + companies + " different workplaces");
		}
		return reasons;
	}

	/**
	 * The diversity key a profile gives: what follows the last " at " or "@" of the
	 * headline ("Engineer at Acme"), else the whole headline; folded.
	 */
	static String company(String headline) {
		if (headline == null || headline.isBlank()) {
			return null;
		}
		String h = headline.toLowerCase(Locale.ROOT);
		int at = Math.max(h.lastIndexOf(" at "), h.lastIndexOf('@'));
		String key = (at >= 0) ? h.substring(at + (h.startsWith(" at ", at) ? 4 : 1)) : h;
		return key.isBlank() ? null : key.strip();
	}

	/**
	 * When a season's first session is if no date was chosen: a week after today, at
	 * {@link #SESSION_TIME} in the community's zone.
	 */
	static Instant aWeekFromToday(Instant now, ZoneId zone) {
		return ZonedDateTime.of(now.atZone(zone).toLocalDate().plusDays(7), SESSION_TIME, zone).toInstant();
	}

}
