package org.tend.community.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tend.community.OrganizersOnly;

/** A member on an organizer's page gets the friendly 4xx page with a 403. */
@ControllerAdvice(assignableTypes = { CommunitiesPage.class, RoundsPage.class, ProfilePage.class, PairingsPage.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommunityPageErrors {

	@ExceptionHandler(OrganizersOnly.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String organizersOnly() {
		return "error/4xx";
	}

}
