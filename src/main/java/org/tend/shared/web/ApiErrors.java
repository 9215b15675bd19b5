package org.tend.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.tend.shared.NotFound;

import tools.jackson.core.JacksonException;

/**
 * Maps errors of the JSON API to RFC 9457 problem details that name the bad fields. Never
 * a stack trace, never the text of an unexpected exception.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

	@ExceptionHandler(NotFound.class)
	ProblemDetail notFound(NotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler(InvalidInput.class)
	ProblemDetail invalidInput(InvalidInput ex) {
		return badRequest(ex.getMessage(), List.of(new FieldProblem(ex.field(), ex.getMessage())));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail illegalArgument(IllegalArgumentException ex) {
		return badRequest(ex.getMessage(), List.of());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		String detail = "'" + ex.getName() + "' has an invalid value";
		return badRequest(detail, List.of(new FieldProblem(ex.getName(), "invalid value")));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(ApiErrors::toFieldProblem)
			.toList();
		String fields = String.join(", ", errors.stream().map(FieldProblem::field).distinct().toList());
		return ResponseEntity.badRequest().body(badRequest("Invalid fields: " + fields, errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = fieldOf(ex);
		if (field == null) {
			return ResponseEntity.badRequest().body(badRequest("The request body is not valid JSON", List.of()));
		}
		return ResponseEntity.badRequest()
			.body(badRequest("'" + field + "' has an invalid value",
					List.of(new FieldProblem(field, "invalid value"))));
	}

	private static String fieldOf(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
				StringBuilder path = new StringBuilder();
				for (JacksonException.Reference reference : jackson.getPath()) {
					if (reference.getPropertyName() != null) {
						path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
					}
					else if (reference.getIndex() >= 0) {
						path.append('[').append(reference.getIndex()).append(']');
					}
				}
				return path.isEmpty() ? null : path.toString();
			}
		}
		return null;
	}

	private static FieldProblem toFieldProblem(FieldError error) {
		return new FieldProblem(error.getField(), error.getDefaultMessage());
	}

	static ProblemDetail badRequest(String detail, List<FieldProblem> errors) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Invalid request", detail);
		problem.setType(URI.create("about:blank"));
		if (!errors.isEmpty()) {
			problem.setProperties(Map.of("errors", errors));
		}
		return problem;
	}

	record FieldProblem(String field, String message) {
	}

}
