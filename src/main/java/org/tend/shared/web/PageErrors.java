package org.tend.shared.web;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartException;
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
	 * Also a value a form cannot hold (a circle code that does not exist: the domain
	 * refuses it), a form that should carry a file (an import) but was posted without
	 * one, and a form field the binder cannot place, such as a row index past the 256
	 * rows it grows a list to ({@code promises[256].text}): a bad request, not a server
	 * error.
	 */
	@ExceptionHandler({ InvalidInput.class, IllegalArgumentException.class, MultipartException.class,
			InvalidPropertyException.class })
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalidInput() {
		return "error/400";
	}

}
