package org.tend.community.web;

import java.net.URI;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tend.accounts.CurrentMember;
import org.tend.community.Community;
import org.tend.community.CommunityMember;
import org.tend.community.CommunityService;
import org.tend.community.CommunitySettings;
import org.tend.community.Joined;
import org.tend.community.Profile;
import org.tend.community.Role;
import org.tend.community.web.CommunityJson.CommunityView;
import org.tend.community.web.CommunityJson.CreateBody;
import org.tend.community.web.CommunityJson.InviteCode;
import org.tend.community.web.CommunityJson.Items;
import org.tend.community.web.CommunityJson.JoinBody;
import org.tend.community.web.CommunityJson.MemberView;
import org.tend.community.web.CommunityJson.ProfileBody;
import org.tend.community.web.CommunityJson.ProfileView;
import org.tend.community.web.CommunityJson.RoleBody;
import org.tend.shared.BaseUrl;
import org.tend.shared.PageOf;
import org.tend.shared.PageRequest;
import org.tend.shared.web.InvalidInput;

/**
 * Communities and their members in the JSON API. A caller who is not a member of the
 * community gets 404 for everything of it, a member 403 for what organizers do.
 */
@RestController
class CommunitiesApi {

	private final CommunityService communities;

	private final String baseUrl;

	CommunitiesApi(CommunityService communities, @Value(BaseUrl.PROPERTY) String baseUrl) {
		this.communities = communities;
		this.baseUrl = BaseUrl.of(baseUrl);
	}

	@PostMapping("/api/v1/communities")
	ResponseEntity<CommunityView> create(CurrentMember member, @RequestBody(required = false) CreateBody body) {
		CreateBody b = (body != null) ? body : new CreateBody(null, null, null, null, null, null, null, null, null);
		Community community = this.communities.create(member,
				CommunitySettings.parse(b.name(), b.description(), b.cadence(), b.openDay(), b.openTime(), b.timezone(),
						b.repeatWindow(), b.againLimit(), b.approvalRequired(), member.zone()));
		return ResponseEntity.created(URI.create("/api/v1/communities/" + community.id()))
			.body(CommunityView.of(community, Role.ORGANIZER, false, this.baseUrl));
	}

	@GetMapping("/api/v1/communities")
	Items<CommunityView> mine(CurrentMember member) {
		return new Items<>(this.communities.mine(member.id())
			.stream()
			.map((c) -> CommunityView.of(c.community(), c.role(), c.pending(), this.baseUrl))
			.toList());
	}

	@GetMapping("/api/v1/communities/{id}")
	CommunityView get(CurrentMember member, @PathVariable UUID id) {
		CommunityMember me = this.communities.membership(member.id(), id);
		return CommunityView.of(this.communities.get(member.id(), id), me.role(), false, this.baseUrl);
	}

	@PutMapping("/api/v1/communities/{id}")
	CommunityView update(CurrentMember member, @PathVariable UUID id, @RequestBody(required = false) CreateBody body) {
		CreateBody b = (body != null) ? body : new CreateBody(null, null, null, null, null, null, null, null, null);
		Community current = this.communities.get(member.id(), id);
		Community community = this.communities.update(member.id(), id,
				CommunitySettings.parse(b.name(), b.description(), b.cadence(), b.openDay(), b.openTime(), b.timezone(),
						b.repeatWindow(), b.againLimit(), b.approvalRequired(), current.zone()));
		return CommunityView.of(community, Role.ORGANIZER, false, this.baseUrl);
	}

	@DeleteMapping("/api/v1/communities/{id}")
	ResponseEntity<Void> delete(CurrentMember member, @PathVariable UUID id) {
		this.communities.delete(member.id(), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/communities/{id}/invite-code")
	InviteCode rotate(CurrentMember member, @PathVariable UUID id) {
		String code = this.communities.rotateCode(member.id(), id);
		return new InviteCode(code, CommunityJson.inviteLink(this.baseUrl, code));
	}

	/**
	 * 201 when this call made the caller a member (or a candidate), 200 when they were
	 * one.
	 */
	@PostMapping("/api/v1/communities/join")
	ResponseEntity<CommunityView> join(CurrentMember member, @RequestBody(required = false) JoinBody body) {
		Joined joined = this.communities.join(member, (body != null) ? body.inviteCode() : null);
		CommunityMember me = (joined.pending()) ? null
				: this.communities.membership(member.id(), joined.community().id());
		CommunityView view = CommunityView.of(joined.community(), (me != null) ? me.role() : Role.MEMBER,
				joined.pending(), this.baseUrl);
		return joined.created()
				? ResponseEntity.created(URI.create("/api/v1/communities/" + joined.community().id())).body(view)
				: ResponseEntity.ok(view);
	}

	@DeleteMapping("/api/v1/communities/{id}/membership")
	ResponseEntity<Void> leave(CurrentMember member, @PathVariable UUID id) {
		this.communities.leave(member.id(), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/communities/{id}/profile")
	ProfileView profile(CurrentMember member, @PathVariable UUID id) {
		return ProfileView.of(this.communities.profile(member.id(), id));
	}

	@PutMapping("/api/v1/communities/{id}/profile")
	ProfileView saveProfile(CurrentMember member, @PathVariable UUID id,
			@RequestBody(required = false) ProfileBody body) {
		this.communities.membership(member.id(), id);
		ProfileBody b = (body != null) ? body
				: new ProfileBody(null, null, null, null, null, null, null, null, null, null, null, null);
		Profile profile = Profile.parse(b.headline(), b.topics(), b.project(), b.asks(), b.offers(), b.city(),
				b.timezone(), b.mode(), b.optIn(), b.skipNextRound(), b.pausedUntil(), member.zone());
		return ProfileView.of(this.communities.saveProfile(member, id, profile, b.dontPairWith()));
	}

	@GetMapping("/api/v1/communities/{id}/members")
	PageOf<MemberView> members(CurrentMember member, @PathVariable UUID id,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.communities.members(member.id(), id, PageRequest.of(page, size, 50)).map(MemberView::of);
	}

	@DeleteMapping("/api/v1/communities/{id}/members/{memberId}")
	ResponseEntity<Void> remove(CurrentMember member, @PathVariable UUID id, @PathVariable UUID memberId) {
		this.communities.remove(member.id(), id, memberId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/v1/communities/{id}/members/{memberId}/approve")
	ResponseEntity<Void> approve(CurrentMember member, @PathVariable UUID id, @PathVariable UUID memberId) {
		this.communities.approve(member.id(), id, memberId);
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/api/v1/communities/{id}/members/{memberId}/role")
	ResponseEntity<Void> role(CurrentMember member, @PathVariable UUID id, @PathVariable UUID memberId,
			@RequestBody(required = false) RoleBody body) {
		Role role;
		try {
			role = Role.valueOf(String.valueOf((body != null) ? body.role() : null).toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInput.of("role", "role must be organizer or member");
		}
		this.communities.setRole(member.id(), id, memberId, role);
		return ResponseEntity.noContent().build();
	}

}
