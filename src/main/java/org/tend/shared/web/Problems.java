package org.tend.shared.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The one way an API answers a refusal: an RFC 9457 problem with its status, a short
 * title a client can show and the refusal's own message as the detail, so every module's
 * error advice names its problems alike.
 */
public final class Problems {

	private Problems() {
	}

	public static ProblemDetail of(HttpStatusCode status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
