package org.tend.introductions.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tend.introductions.IntroductionRefused;
import org.tend.introductions.IntroductionRequestRefused;
import org.tend.shared.web.Problems;

/**
 * An introduction (or a request for one) that may not be asked now, as an RFC 9457
 * problem: 409 for a pair already being asked, a member who takes no requests now or a
 * request answered already; 429 past a daily limit.
 */
@RestControllerAdvice(assignableTypes = { IntroductionsApi.class, IntroductionRequestsApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class IntroductionProblems {

	@ExceptionHandler(IntroductionRefused.class)
	ProblemDetail refused(IntroductionRefused ex) {
		boolean limit = ex.reason() == IntroductionRefused.Reason.DAILY_LIMIT;
		return limit ? Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many introductions today", ex.getMessage())
				: Problems.of(HttpStatus.CONFLICT, "Already being asked", ex.getMessage());
	}

	@ExceptionHandler(IntroductionRequestRefused.class)
	ProblemDetail requestRefused(IntroductionRequestRefused ex) {
		return switch (ex.reason()) {
			case DAILY_LIMIT -> Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many requests today", ex.getMessage());
			case NOT_TAKING -> Problems.of(HttpStatus.CONFLICT, "Not taking requests now", ex.getMessage());
			default -> Problems.of(HttpStatus.CONFLICT, "Answered already", ex.getMessage());
		};
	}

}
