package org.tend.groups.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tend.accounts.CurrentMember;
import org.tend.groups.FormedGroup;
import org.tend.groups.GroupSession;
import org.tend.groups.GroupWish;
import org.tend.groups.GroupsPreview;
import org.tend.groups.GroupsService;
import org.tend.groups.PublishedSeason;
import org.tend.groups.SessionPlan;
import org.tend.groups.SmallGroup;
import org.tend.meetings.MeetingDetails;
import org.tend.shared.web.InvalidInput;

/** Wishes, the organizers' preview and publishing, and a group for its members. */
@RestController
class GroupsApi {

	private final GroupsService groups;

	GroupsApi(GroupsService groups) {
		this.groups = groups;
	}

	record WishBody(List<String> topics, String mode, String city, Integer sizeMin, Integer sizeMax) {
	}

	record WishView(UUID communityId, List<String> topics, String mode, String city, int sizeMin, int sizeMax) {
	}

	record PublishBody(Integer sessions, Integer intervalDays, Instant firstAt) {
	}

	record SessionView(UUID id, int number, Instant startsAt) {

		static SessionView of(GroupSession s) {
			return new SessionView(s.id(), s.number(), s.startsAt());
		}

	}

	record GroupView(UUID id, UUID communityId, String topic, String mode, String city, List<UUID> memberIds,
			List<SmallGroup.Member> members, List<String> reasons, List<SessionView> sessions) {

		static GroupView of(SmallGroup g) {
			return new GroupView(g.id(), g.communityId(), g.topic(), g.mode(), g.city(), g.memberIds(), g.members(),
					g.reasons(), g.sessions().stream().map(SessionView::of).toList());
		}

	}

	record PreviewView(List<FormedGroup> groups, List<UUID> unplaced) {

		static PreviewView of(GroupsPreview p) {
			return new PreviewView(p.groups(), p.unplaced());
		}

	}

	record SeasonView(UUID seasonId, List<GroupView> groups, List<UUID> unplaced) {

		static SeasonView of(PublishedSeason s) {
			return new SeasonView(s.id(), s.groups().stream().map(GroupView::of).toList(), s.unplaced());
		}

	}

	@PostMapping("/api/v1/communities/{id}/group-wishes")
	ResponseEntity<WishView> wish(CurrentMember member, @PathVariable UUID id,
			@RequestBody(required = false) WishBody body) {
		WishBody b = (body != null) ? body : new WishBody(null, null, null, null, null);
		GroupWish wish = this.groups.wish(member.id(), id,
				GroupWish.parse(b.topics(), b.mode(), b.city(), b.sizeMin(), b.sizeMax()));
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new WishView(id, wish.topics(), wish.mode(), wish.city(), wish.sizeMin(), wish.sizeMax()));
	}

	/** The groups the open wishes would give; nothing is saved or sent. */
	@PostMapping("/api/v1/communities/{id}/groups/preview")
	PreviewView preview(CurrentMember member, @PathVariable UUID id) {
		return PreviewView.of(this.groups.preview(member.id(), id));
	}

	/** Publishes the season's groups: 201, or 409 while a season runs. */
	@PostMapping("/api/v1/communities/{id}/groups")
	ResponseEntity<SeasonView> publish(CurrentMember member, @PathVariable UUID id,
			@RequestBody(required = false) PublishBody body) {
		PublishBody b = (body != null) ? body : new PublishBody(null, null, null);
		SessionPlan plan = SessionPlan.parse(b.sessions(), b.intervalDays(), b.firstAt());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(SeasonView.of(this.groups.publish(member.id(), id, plan)));
	}

	@GetMapping("/api/v1/groups/{id}")
	GroupView group(CurrentMember member, @PathVariable UUID id) {
		return GroupView.of(this.groups.group(member.id(), id));
	}

	@GetMapping("/api/v1/groups/{id}/sessions.ics")
	ResponseEntity<String> calendar(CurrentMember member, @PathVariable UUID id) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
			.body(this.groups.calendar(member.id(), id));
	}

	record AttendanceBody(Boolean attended) {
	}

	record AttendanceView(UUID sessionId, boolean attended) {
	}

	/** The caller's own attendance of a session. */
	@PutMapping("/api/v1/groups/{id}/sessions/{sessionId}/attendance")
	AttendanceView attend(CurrentMember member, @PathVariable UUID id, @PathVariable UUID sessionId,
			@RequestBody(required = false) AttendanceBody body) {
		if (body == null || body.attended() == null) {
			throw InvalidInput.of("attended", "attended is required (true or false)");
		}
		this.groups.attend(member.id(), id, sessionId, body.attended());
		return new AttendanceView(sessionId, body.attended());
	}

	/**
	 * Records an attended session in the caller's journal: 201 with the meeting's
	 * address.
	 */
	@PostMapping("/api/v1/groups/{id}/sessions/{sessionId}/journal")
	ResponseEntity<Map<String, UUID>> record(CurrentMember member, @PathVariable UUID id,
			@PathVariable UUID sessionId) {
		MeetingDetails meeting = this.groups.recordInJournal(member, id, sessionId);
		return ResponseEntity.created(URI.create("/api/v1/meetings/" + meeting.id()))
			.body(Map.of("meetingId", meeting.id()));
	}

}
