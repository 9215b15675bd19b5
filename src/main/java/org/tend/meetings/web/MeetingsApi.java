package org.tend.meetings.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tend.accounts.CurrentMember;
import org.tend.meetings.MeetingDetails;
import org.tend.meetings.MeetingFilter;
import org.tend.meetings.MeetingStatus;
import org.tend.meetings.MeetingsService;
import org.tend.shared.PageOf;
import org.tend.shared.PageRequest;
import org.tend.shared.web.InvalidInput;

/** The meetings of the JSON API; another member's meeting answers 404. */
@RestController
@RequestMapping("/api/v1/meetings")
class MeetingsApi {

	static final int DEFAULT_PAGE_SIZE = 50;

	private final MeetingsService meetings;

	MeetingsApi(MeetingsService meetings) {
		this.meetings = meetings;
	}

	/**
	 * Newest first; {@code from}/{@code to} are ISO-8601 dates or date-times. The status
	 * is read as text (an unknown one is a 400 naming it); its schema shows the OpenAPI
	 * document the values it takes.
	 */
	@GetMapping
	PageOf<MeetingJson> list(CurrentMember member, @RequestParam(required = false) UUID personId,
			@Parameter(schema = @Schema(implementation = MeetingStatus.class)) @RequestParam(
					required = false) String status,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		MeetingFilter filter = new MeetingFilter(personId, status(status),
				TimeParameter.from("from", from, member.zone()), TimeParameter.to("to", to, member.zone()));
		return this.meetings.list(member.id(), filter, PageRequest.of(page, size, DEFAULT_PAGE_SIZE))
			.map(MeetingJson::of);
	}

	@PostMapping
	ResponseEntity<MeetingJson> create(CurrentMember member, @Valid @RequestBody MeetingRequest request) {
		MeetingDetails meeting = this.meetings.create(member.id(), member.zone(), request.toCommand());
		return ResponseEntity.created(URI.create("/api/v1/meetings/" + meeting.id())).body(MeetingJson.of(meeting));
	}

	@GetMapping("/{id}")
	MeetingJson get(CurrentMember member, @PathVariable UUID id) {
		return MeetingJson.of(this.meetings.get(member.id(), id));
	}

	@PatchMapping("/{id}")
	MeetingJson update(CurrentMember member, @PathVariable UUID id, @Valid @RequestBody MeetingPatch patch) {
		return MeetingJson.of(this.meetings.update(member.id(), member.zone(), id, patch.toChanges()));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(CurrentMember member, @PathVariable UUID id) {
		this.meetings.delete(member.id(), member.zone(), id);
		return ResponseEntity.noContent().build();
	}

	private static MeetingStatus status(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		try {
			return MeetingStatus.fromCode(code.strip());
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInput.of("status", "'status' must be planned, happened or cancelled");
		}
	}

}
