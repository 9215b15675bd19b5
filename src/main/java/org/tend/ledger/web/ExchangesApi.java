package org.tend.ledger.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tend.accounts.CurrentMember;
import org.tend.ledger.Direction;
import org.tend.ledger.Exchange;
import org.tend.ledger.ExchangeFilter;
import org.tend.ledger.ExchangeKind;
import org.tend.ledger.LedgerService;
import org.tend.ledger.NewExchange;
import org.tend.shared.PageOf;
import org.tend.shared.PageRequest;

/** Help given and received, as JSON. */
@RestController
@RequestMapping("/api/v1/exchanges")
class ExchangesApi {

	private static final int DEFAULT_PAGE_SIZE = 50;

	private final LedgerService ledger;

	ExchangesApi(LedgerService ledger) {
		this.ledger = ledger;
	}

	/** Newest first. */
	@GetMapping
	PageOf<Exchange> list(CurrentMember member, @RequestParam(required = false) UUID personId,
			@RequestParam(required = false) Direction direction, @RequestParam(required = false) ExchangeKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.ledger.exchanges(member.id(), new ExchangeFilter(personId, direction, kind, from, to),
				PageRequest.of(page, size, DEFAULT_PAGE_SIZE));
	}

	@PostMapping
	ResponseEntity<Exchange> record(CurrentMember member, @Valid @RequestBody NewExchange exchange) {
		Exchange recorded = this.ledger.recordExchange(member.id(), exchange);
		return ResponseEntity.created(URI.create("/api/v1/exchanges/" + recorded.id())).body(recorded);
	}

	@GetMapping("/{id}")
	Exchange show(CurrentMember member, @PathVariable UUID id) {
		return this.ledger.exchange(member.id(), id);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(CurrentMember member, @PathVariable UUID id) {
		this.ledger.deleteExchange(member.id(), id);
		return ResponseEntity.noContent().build();
	}

}
