package org.tend.groups.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tend.community.OrganizersOnly;
import org.tend.groups.SeasonRunning;
import org.tend.shared.web.Problems;

/** 403 for a member asking for an organizer's power, 409 for a second season at once. */
@RestControllerAdvice(assignableTypes = GroupsApi.class)
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

}
