package org.tend.introductions.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tend.introductions.IntroductionRefused;

/**
 * An introduction that may not be asked now, as an RFC 9457 problem: 409 for a pair
 * already being asked, 429 past the daily limit.
 */
@RestControllerAdvice(assignableTypes = IntroductionsApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IntroductionProblems {

	@ExceptionHandler(IntroductionRefused.class)
	ProblemDetail refused(IntroductionRefused ex) {
		boolean limit = ex.reason() == IntroductionRefused.Reason.DAILY_LIMIT;
		ProblemDetail problem = ProblemDetail
			.forStatusAndDetail(limit ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle(limit ? "Too many introductions today" : "Already being asked");
		return problem;
	}

}
