package org.tend.community.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tend.community.OrganizersOnly;
import org.tend.community.RoundRefused;
import org.tend.shared.web.Problems;

/**
 * The community API's own refusals as RFC 9457 problems: 403 for a member asking for an
 * organizer's power, 409 for a second round in a period, 422 for a round without two
 * members to pair.
 */
@RestControllerAdvice(assignableTypes = { CommunitiesApi.class, RoundsApi.class, PairingsApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommunityApiErrors {

	@ExceptionHandler(OrganizersOnly.class)
	ProblemDetail organizersOnly(OrganizersOnly ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "Organizers only", ex.getMessage());
	}

	@ExceptionHandler(RoundRefused.class)
	ProblemDetail roundRefused(RoundRefused ex) {
		HttpStatus status = ex.conflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
		return Problems.of(status, ex.conflict() ? "Round already published" : "Not enough members to pair",
				ex.getMessage());
	}

}
