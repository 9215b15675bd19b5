package org.tend.people.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tend.accounts.CurrentMember;
import org.tend.people.Circle;
import org.tend.people.InvalidEntry;
import org.tend.people.ListeningNote;
import org.tend.people.NewNote;
import org.tend.people.PeopleService;
import org.tend.people.PersonDetails;
import org.tend.people.PersonInput;
import org.tend.shared.PageOf;
import org.tend.shared.PageRequest;
import org.tend.shared.web.Problems;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** The people of the member's journal and their listening notes, as JSON. */
@RestController
@RequestMapping("/api/v1/people")
class PeopleApi {

	static final int DEFAULT_PAGE_SIZE = 20;

	/** Not a field of {@code PersonInput}: a link to another person, set on its own. */
	private static final String INTRODUCED_BY = "introducedBy";

	private final PeopleService people;

	private final ObjectMapper mapper;

	PeopleApi(PeopleService people, ObjectMapper mapper) {
		this.people = people;
		this.mapper = mapper;
	}

	/**
	 * Filters: q (name, company, role, city, tags), circle, tag; sort name | last_met |
	 * due | depth. Circle and sort are read as text (an unknown value is a 400 naming
	 * it); their schemas show the OpenAPI document the values they take.
	 */
	@GetMapping
	PageOf<PersonListJson> list(CurrentMember member, @RequestParam(required = false) String q,
			@Parameter(schema = @Schema(implementation = Circle.class)) @RequestParam(required = false) String circle,
			@RequestParam(required = false) String tag, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size,
			@Parameter(schema = @Schema(allowableValues = { "name", "last_met", "due", "depth" })) @RequestParam(
					required = false) String sort) {
		return this.people
			.list(member.id(), new ListParams(q, circle, tag, sort).toQuery(),
					PageRequest.of(page, size, DEFAULT_PAGE_SIZE))
			.map(PersonListJson::of);
	}

	@PostMapping
	ResponseEntity<PersonJson> create(CurrentMember member, @RequestBody PersonInput person) {
		PersonDetails created = this.people.create(member.id(), person);
		return ResponseEntity.created(URI.create("/api/v1/people/" + created.id()))
			.body(PersonJson.of(created, Optional.empty()));
	}

	@GetMapping("/{id}")
	PersonJson get(CurrentMember member, @PathVariable UUID id) {
		return PersonJson.of(this.people.details(member.id(), id), this.people.introducedBy(member.id(), id));
	}

	/** Changes only the fields sent (JSON merge patch); null clears a field. */
	@PatchMapping(path = "/{id}", consumes = { "application/json", "application/merge-patch+json" })
	PersonJson patch(CurrentMember member, @PathVariable UUID id, @io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(schema = @Schema(implementation = PersonInput.class))) @RequestBody ObjectNode body) {
		PersonDetails changed;
		if (body.has(INTRODUCED_BY)) {
			UUID introducer = PatchBody.uuid(body.remove(INTRODUCED_BY), INTRODUCED_BY);
			changed = this.people.update(member.id(), id, PatchBody.read(body, this.mapper), introducer);
		}
		else {
			changed = this.people.update(member.id(), id, PatchBody.read(body, this.mapper));
		}
		return PersonJson.of(changed, this.people.introducedBy(member.id(), id));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(CurrentMember member, @PathVariable UUID id) {
		this.people.delete(member.id(), id);
		return ResponseEntity.noContent().build();
	}

	/** The person's listening notes, newest first, all on one page. */
	@GetMapping("/{id}/notes")
	PageOf<ListeningNote> notes(CurrentMember member, @PathVariable UUID id) {
		this.people.requireOwned(member.id(), List.of(id));
		List<ListeningNote> notes = this.people.notes(member.id(), id);
		return new PageOf<>(notes, 0, notes.size(), notes.size());
	}

	/**
	 * Adds a note: kind project | challenge | aspiration | other, text, notedOn (default
	 * today).
	 */
	@PostMapping("/{id}/notes")
	ResponseEntity<ListeningNote> addNote(CurrentMember member, @PathVariable UUID id, @RequestBody NewNote note) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.people.addNote(member.id(), id, note, member.zone()));
	}

	@DeleteMapping("/{id}/notes/{noteId}")
	ResponseEntity<Void> deleteNote(CurrentMember member, @PathVariable UUID id, @PathVariable UUID noteId) {
		this.people.deleteNote(member.id(), id, noteId);
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(InvalidEntry.class)
	ProblemDetail invalid(InvalidEntry ex) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Invalid request", ex.getMessage());
		problem.setProperty("errors", ex.problems());
		return problem;
	}

}
