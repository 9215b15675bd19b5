package org.tend.community;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tend.accounts.CurrentMember;
import org.tend.community.internal.CommunityRepository;
import org.tend.community.internal.InviteCodes;
import org.tend.community.internal.MemberRepository;
import org.tend.shared.Ids;
import org.tend.shared.PageOf;
import org.tend.shared.PageRequest;
import org.tend.shared.web.InvalidInput;

/**
 * The community module's facade for communities and their members: creating, joining by
 * invite code, organizers' powers, profiles. Whoever is not an active member of a
 * community gets {@link CommunityNotFound} for everything of it; a member asking for an
 * organizer's power gets {@link OrganizersOnly}.
 */
@Service
public class CommunityService {

	private final CommunityRepository communities;

	private final MemberRepository members;

	private final Clock clock;

	CommunityService(CommunityRepository communities, MemberRepository members, Clock clock) {
		this.communities = communities;
		this.members = members;
		this.clock = clock;
	}

	/** Creates the community with its creator as its first organizer. */
	@Transactional
	public Community create(CurrentMember creator, CommunitySettings settings) {
		Community community = new Community(Ids.newId(), settings.name(), settings.description(), settings.cadence(),
				settings.openDay(), settings.openTime(), settings.zone(), settings.repeatWindow(),
				settings.againLimit(), settings.approvalRequired(), InviteCodes.newCode(), this.clock.instant());
		this.communities.insert(community);
		this.members.insert(community.id(), creator.id(), creator.displayName(), Role.ORGANIZER, false, creator.zone(),
				this.clock.instant());
		return community;
	}

	@Transactional(readOnly = true)
	public List<MyCommunity> mine(UUID memberId) {
		return this.communities.ofMember(memberId).stream().map((community) -> {
			CommunityMember me = this.members.find(community.id(), memberId).orElseThrow();
			return new MyCommunity(community, me.role(), me.pending(), this.members.countActive(community.id()));
		}).toList();
	}

	/** The community, for one of its members. */
	@Transactional(readOnly = true)
	public Community get(UUID memberId, UUID communityId) {
		requireMember(communityId, memberId);
		return community(communityId);
	}

	/** The member's own membership (role, profile); 404 for anyone else. */
	@Transactional(readOnly = true)
	public CommunityMember membership(UUID memberId, UUID communityId) {
		return requireMember(communityId, memberId);
	}

	@Transactional
	public Community update(UUID organizerId, UUID communityId, CommunitySettings settings) {
		requireOrganizer(communityId, organizerId);
		this.communities.update(communityId, settings);
		return community(communityId);
	}

	/** A new invite code: the old one (and its link) no longer lets anyone in. */
	@Transactional
	public String rotateCode(UUID organizerId, UUID communityId) {
		requireOrganizer(communityId, organizerId);
		String code = InviteCodes.newCode();
		this.communities.changeCode(communityId, code);
		return code;
	}

	@Transactional
	public void delete(UUID organizerId, UUID communityId) {
		requireOrganizer(communityId, organizerId);
		this.communities.delete(communityId);
	}

	/**
	 * Joins the community holding the code (typed, or a whole invite link); an unknown
	 * code is {@link CommunityNotFound}. Joining twice changes nothing.
	 */
	@Transactional
	public Joined join(CurrentMember member, String inviteCode) {
		String code = InviteCodes.normalize(inviteCode);
		if (code == null) {
			throw InvalidInput.of("inviteCode", "inviteCode is required");
		}
		Community community = this.communities.findByCode(code).orElseThrow(CommunityNotFound::withCode);
		var existing = this.members.find(community.id(), member.id());
		if (existing.isPresent()) {
			return new Joined(community, false, existing.get().pending());
		}
		this.members.insert(community.id(), member.id(), member.displayName(), Role.MEMBER,
				community.approvalRequired(), member.zone(), this.clock.instant());
		return new Joined(community, true, community.approvalRequired());
	}

	/**
	 * Leaves the community: the profile and list go, past pairings stay (for the repeat
	 * window). The last organizer must name another first; the last member's leaving
	 * closes the community.
	 */
	@Transactional
	public void leave(UUID memberId, UUID communityId) {
		CommunityMember me = this.members.find(communityId, memberId)
			.orElseThrow(() -> CommunityNotFound.withId(communityId));
		if (me.organizer() && this.members.countOrganizers(communityId) == 1
				&& this.members.countActive(communityId) > 1) {
			throw InvalidInput.of("role", "Make another member an organizer before you leave");
		}
		this.members.delete(communityId, memberId);
		if (this.members.countActive(communityId) == 0 && this.members.count(communityId, true) == 0) {
			this.communities.delete(communityId);
		}
	}

	/** An organizer removes a member (or turns away one waiting for approval). */
	@Transactional
	public void remove(UUID organizerId, UUID communityId, UUID memberId) {
		requireOrganizer(communityId, organizerId);
		if (organizerId.equals(memberId)) {
			throw InvalidInput.of("memberId", "Organizers leave a community instead of removing themselves");
		}
		this.members.find(communityId, memberId).orElseThrow(() -> CommunityNotFound.member(memberId));
		this.members.delete(communityId, memberId);
	}

	@Transactional
	public void approve(UUID organizerId, UUID communityId, UUID memberId) {
		requireOrganizer(communityId, organizerId);
		CommunityMember candidate = this.members.find(communityId, memberId)
			.orElseThrow(() -> CommunityNotFound.member(memberId));
		if (candidate.pending()) {
			this.members.activate(communityId, memberId);
		}
	}

	/**
	 * Makes a member an organizer, or an organizer a member again (never the last one).
	 */
	@Transactional
	public void setRole(UUID organizerId, UUID communityId, UUID memberId, Role role) {
		requireOrganizer(communityId, organizerId);
		CommunityMember target = requireMember(communityId, memberId, () -> CommunityNotFound.member(memberId));
		if (target.organizer() && role == Role.MEMBER && this.members.countOrganizers(communityId) == 1) {
			throw InvalidInput.of("role", "A community keeps at least one organizer");
		}
		this.members.setRole(communityId, memberId, role);
	}

	@Transactional(readOnly = true)
	public MyProfile profile(UUID memberId, UUID communityId) {
		CommunityMember me = requireMember(communityId, memberId);
		return new MyProfile(me.profile(), this.members.avoided(communityId, memberId));
	}

	/**
	 * Saves the member's profile and private list; an id on the list that is not another
	 * active member of the community is refused (field {@code dontPairWith}).
	 */
	@Transactional
	public MyProfile saveProfile(CurrentMember member, UUID communityId, Profile profile, List<UUID> dontPairWith) {
		requireMember(communityId, member.id());
		Set<UUID> avoided = new LinkedHashSet<>((dontPairWith != null) ? dontPairWith : List.of());
		if (avoided.contains(null) || avoided.contains(member.id())) {
			throw InvalidInput.of("dontPairWith", "dontPairWith may name other members only");
		}
		if (avoided.size() > MyProfile.MAX_AVOIDED) {
			throw InvalidInput.of("dontPairWith",
					"dontPairWith may hold at most " + MyProfile.MAX_AVOIDED + " members");
		}
		if (this.members.activeIds(communityId, avoided).size() != avoided.size()) {
			throw InvalidInput.of("dontPairWith", "dontPairWith may name members of this community only");
		}
		this.members.updateProfile(communityId, member.id(), member.displayName(), profile);
		this.members.replaceAvoided(communityId, member.id(), avoided);
		return profile(member.id(), communityId);
	}

	/** Active members by name; what each shows is their profile, never their list. */
	@Transactional(readOnly = true)
	public PageOf<CommunityMember> members(UUID memberId, UUID communityId, PageRequest page) {
		requireMember(communityId, memberId);
		return new PageOf<>(this.members.page(communityId, false, page.offset(), page.size()), page.page(), page.size(),
				this.members.count(communityId, false));
	}

	/**
	 * Another active member of the community as its members see them (name and profile,
	 * never their list), for a member of the same community; {@link CommunityNotFound}
	 * for anyone else.
	 */
	@Transactional(readOnly = true)
	public CommunityMember fellowMember(UUID memberId, UUID communityId, UUID otherId) {
		requireMember(communityId, memberId);
		return requireMember(communityId, otherId, () -> CommunityNotFound.member(otherId));
	}

	/**
	 * The active members among these ids, with their profiles: what a module forming
	 * groups of the community's members reads (never their private lists).
	 */
	@Transactional(readOnly = true)
	public List<CommunityMember> activeMembers(UUID communityId, java.util.Collection<UUID> memberIds) {
		return memberIds.stream()
			.distinct()
			.map((id) -> this.members.find(communityId, id).filter((m) -> !m.pending()))
			.flatMap(java.util.Optional::stream)
			.toList();
	}

	/** Those waiting for an organizer's approval. */
	@Transactional(readOnly = true)
	public List<CommunityMember> candidates(UUID organizerId, UUID communityId) {
		requireOrganizer(communityId, organizerId);
		return this.members.page(communityId, true, 0, PageOf.MAX_SIZE);
	}

	CommunityMember requireMember(UUID communityId, UUID memberId) {
		return requireMember(communityId, memberId, () -> CommunityNotFound.withId(communityId));
	}

	private CommunityMember requireMember(UUID communityId, UUID memberId,
			java.util.function.Supplier<CommunityNotFound> notFound) {
		return this.members.find(communityId, memberId).filter((m) -> !m.pending()).orElseThrow(notFound);
	}

	CommunityMember requireOrganizer(UUID communityId, UUID memberId) {
		CommunityMember member = requireMember(communityId, memberId);
		if (!member.organizer()) {
			throw new OrganizersOnly();
		}
		return member;
	}

	private Community community(UUID communityId) {
		return this.communities.find(communityId).orElseThrow(() -> CommunityNotFound.withId(communityId));
	}

}
