package org.tend.groups.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tend.accounts.CurrentMember;
import org.tend.groups.AgendaItem;
import org.tend.groups.Continuation;
import org.tend.groups.GroupAgendaService;
import org.tend.groups.GroupContinuationService;

/**
 * A group's life after publishing: its shared agenda, and "keep going / close" after its
 * last session.
 */
@RestController
class GroupSeasonApi {

	private final GroupContinuationService continuations;

	private final GroupAgendaService agenda;

	GroupSeasonApi(GroupContinuationService continuations, GroupAgendaService agenda) {
		this.continuations = continuations;
		this.agenda = agenda;
	}

	record ChoiceBody(String choice) {
	}

	record ContinuationView(UUID groupId, String state, int afterSession, int members, int keep, int close, String mine,
			Instant closedAt) {

		static ContinuationView of(Continuation c) {
			return new ContinuationView(c.groupId(), c.state(), c.afterSession(), c.members(), c.keep(), c.close(),
					c.mine(), c.closedAt());
		}

	}

	@GetMapping("/api/v1/groups/{id}/continuation")
	ContinuationView continuation(CurrentMember member, @PathVariable UUID id) {
		return ContinuationView.of(this.continuations.of(member.id(), id));
	}

	/** The caller's "keep" or "close"; more than half of the members settle it. */
	@PutMapping("/api/v1/groups/{id}/continuation")
	ContinuationView choose(CurrentMember member, @PathVariable UUID id,
			@RequestBody(required = false) ChoiceBody body) {
		return ContinuationView.of(this.continuations.choose(member.id(), id, (body != null) ? body.choice() : null));
	}

	record AgendaBody(String text) {
	}

	record AgendaItemView(UUID id, UUID authorId, String authorName, String text, Instant createdAt, boolean mine) {

		static AgendaItemView of(AgendaItem item, UUID viewerId) {
			return new AgendaItemView(item.id(), item.authorId(), item.authorName(), item.text(), item.createdAt(),
					item.authorId().equals(viewerId));
		}

	}

	@GetMapping("/api/v1/groups/{id}/agenda")
	Map<String, List<AgendaItemView>> agenda(CurrentMember member, @PathVariable UUID id) {
		return Map.of("items",
				this.agenda.items(member.id(), id).stream().map((i) -> AgendaItemView.of(i, member.id())).toList());
	}

	@PostMapping("/api/v1/groups/{id}/agenda")
	ResponseEntity<AgendaItemView> addToAgenda(CurrentMember member, @PathVariable UUID id,
			@RequestBody(required = false) AgendaBody body) {
		AgendaItem item = this.agenda.add(member.id(), id, (body != null) ? body.text() : null);
		return ResponseEntity.created(URI.create("/api/v1/groups/" + id + "/agenda/" + item.id()))
			.body(AgendaItemView.of(item, member.id()));
	}

	/** Removes one of the caller's own items: 204; another member's: 403. */
	@DeleteMapping("/api/v1/groups/{id}/agenda/{itemId}")
	ResponseEntity<Void> removeFromAgenda(CurrentMember member, @PathVariable UUID id, @PathVariable UUID itemId) {
		this.agenda.remove(member.id(), id, itemId);
		return ResponseEntity.noContent().build();
	}

}
