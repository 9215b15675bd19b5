package org.tend.groups.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tend.groups.GroupConflict;
import org.tend.groups.NotTheProposer;
import org.tend.groups.NotYourItem;
import org.tend.shared.web.Problems;

/**
 * 409 for what a group's or a proposal's state refuses (too early, closed, full), 403 for
 * removing another member's agenda item or starting another member's proposal.
 */
@RestControllerAdvice(assignableTypes = { GroupSeasonApi.class, GroupProposalsApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class GroupSeasonApiErrors {

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
