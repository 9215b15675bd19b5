package org.tend.shared.web;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tend.shared.NotFound;

/**
 * Maps errors of the HTML pages to friendly pages; a missing or foreign record is a 404
 * page.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

	@ExceptionHandler(NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	/**
	 * A form field the binder cannot place, such as a row index past the 256 rows it
	 * grows a list to ({@code promises[256].text}): a bad request, not a server error.
	 */
	@ExceptionHandler({ InvalidInput.class, InvalidPropertyException.class })
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalidInput() {
		return "error/400";
	}

}
