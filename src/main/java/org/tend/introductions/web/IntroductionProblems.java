package org.tend.introductions.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tend.introductions.IntroductionRefused;
import org.tend.introductions.IntroductionRequestRefused;

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
		ProblemDetail problem = ProblemDetail
			.forStatusAndDetail(limit ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle(limit ? "Too many introductions today" : "Already being asked");
		return problem;
	}

	@ExceptionHandler(IntroductionRequestRefused.class)
	ProblemDetail requestRefused(IntroductionRequestRefused ex) {
		ProblemDetail problem;
		switch (ex.reason()) {
			case DAILY_LIMIT -> {
				problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
				problem.setTitle("Too many requests today");
			}
			case NOT_TAKING -> {
				problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
				problem.setTitle("Not taking requests now");
			}
			default -> {
				problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
				problem.setTitle("Answered already");
			}
		}
		return problem;
	}

}
