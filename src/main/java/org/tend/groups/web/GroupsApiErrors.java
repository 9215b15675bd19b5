package org.tend.groups.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tend.community.OrganizersOnly;
import org.tend.groups.GroupConflict;
import org.tend.groups.NotTheProposer;
import org.tend.groups.NotYourItem;
import org.tend.groups.SeasonRunning;
import org.tend.shared.web.Problems;

/**
 * The groups API's own refusals as RFC 9457 problems: 403 for a member asking for an
 * organizer's power, removing another member's agenda item or starting another member's
 * proposal; 409 for a second season at once and for what a group's or a proposal's state
 * refuses (too early, closed, full).
 */
@RestControllerAdvice(assignableTypes = { GroupsApi.class, GroupSeasonApi.class, GroupProposalsApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class GroupsApiErrors {

	@ExceptionHandler(OrganizersOnly.class)
	ProblemDetail organizersOnly(OrganizersOnly ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "Organizers only", ex.getMessage());
	}

	@ExceptionHandler(SeasonRunning.class)
	ProblemDetail seasonRunning(SeasonRunning ex) {
		return Problems.of(HttpStatus.CONFLICT, "Season already published", ex.getMessage());
	}

	@ExceptionHandler(GroupConflict.class)
	ProblemDetail conflict(GroupConflict ex) {
		return Problems.of(HttpStatus.CONFLICT, ex.title(), ex.getMessage());
	}

	@ExceptionHandler(NotYourItem.class)
	ProblemDetail notYours(NotYourItem ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "Not your item", ex.getMessage());
	}

	@ExceptionHandler(NotTheProposer.class)
	ProblemDetail notTheProposer(NotTheProposer ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "Not the proposer", ex.getMessage());
	}

}
