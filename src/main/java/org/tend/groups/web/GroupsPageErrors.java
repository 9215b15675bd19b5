package org.tend.groups.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tend.community.OrganizersOnly;

/** A member on the organizers' season page gets the friendly 4xx page with a 403. */
@ControllerAdvice(
		assignableTypes = { GroupSeasonPage.class, GroupWishPage.class, GroupPage.class, GroupProposalsPage.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class GroupsPageErrors {

	@ExceptionHandler(OrganizersOnly.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String organizersOnly() {
		return "error/4xx";
	}

}
