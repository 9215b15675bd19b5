package org.tend.ledger.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
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
import org.tend.ledger.LedgerService;
import org.tend.ledger.NewPromise;
import org.tend.ledger.Promise;
import org.tend.ledger.PromiseFilter;
import org.tend.ledger.PromiseOwner;
import org.tend.ledger.PromiseStatus;
import org.tend.shared.PageOf;
import org.tend.shared.PageRequest;

/** Promises either side owes, as JSON. */
@RestController
@RequestMapping("/api/v1/promises")
class PromisesApi {

	private static final int DEFAULT_PAGE_SIZE = 50;

	private final LedgerService ledger;

	PromisesApi(LedgerService ledger) {
		this.ledger = ledger;
	}

	/** Soonest due first, undated last. */
	@GetMapping
	PageOf<Promise> list(CurrentMember member, @RequestParam(required = false) PromiseStatus status,
			@RequestParam(required = false) UUID personId, @RequestParam(required = false) PromiseOwner owner,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.ledger.promises(member.id(), new PromiseFilter(status, personId, owner, dueBefore),
				PageRequest.of(page, size, DEFAULT_PAGE_SIZE));
	}

	@PostMapping
	ResponseEntity<Promise> make(CurrentMember member, @Valid @RequestBody NewPromise promise) {
		Promise made = this.ledger.makePromise(member.id(), promise);
		return ResponseEntity.created(URI.create("/api/v1/promises/" + made.id())).body(made);
	}

	@GetMapping("/{id}")
	Promise show(CurrentMember member, @PathVariable UUID id) {
		return this.ledger.promise(member.id(), id);
	}

	/** Changes the fields given; {@code "due": null} clears the due date. */
	@PatchMapping("/{id}")
	Promise change(CurrentMember member, @PathVariable UUID id, @Valid @RequestBody PromisePatch changes) {
		return this.ledger.changePromise(member.id(), id, changes.toChanges());
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(CurrentMember member, @PathVariable UUID id) {
		this.ledger.deletePromise(member.id(), id);
		return ResponseEntity.noContent().build();
	}

}
