package org.tend.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When the database is out of reach (restarting, failing over, the network to it cut),
 * every request answers 503 with a short, calm page (or an RFC 9457 problem on the API)
 * and a {@code Retry-After}, instead of a 500 with an alarming text. Nothing is
 * half-written: the request's transaction never committed. The connection pool reconnects
 * by itself once the database is back, so the instance needs no restart. It sits before
 * the session filter, because reading a signed-in member's session is the first thing to
 * fail.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailable extends OncePerRequestFilter {

	static final int RETRY_AFTER_SECONDS = 30;

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

	private final byte[] page;

	DatabaseUnavailable() {
		try (InputStream in = new ClassPathResource("templates/error/unavailable.html").getInputStream()) {
			this.page = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!databaseUnreachable(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("The database is out of reach; {} {} answered 503: {}", request.getMethod(),
					request.getRequestURI(), rootMessage(ex));
			answer(request, response);
		}
	}

	private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.reset();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
		response.setHeader("Cache-Control", "no-store");
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType("application/problem+json");
			response.getOutputStream()
				.write("""
						{"type":"about:blank","title":"Service Unavailable","status":503,\
						"detail":"The database is out of reach for a moment; nothing was changed. Try again shortly."}"""
					.getBytes(StandardCharsets.UTF_8));
			return;
		}
		response.setContentType("text/html;charset=UTF-8");
		response.getOutputStream().write(this.page);
	}

	/** Whether what went wrong was reaching the database, not a query or a bug. */
	static boolean databaseUnreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException) {
				return true;
			}
			// a failed query whose rollback failed too: the connection is gone
			if (cause instanceof TransactionSystemException transaction
					&& (transaction.getApplicationException() != null
							&& databaseUnreachable(transaction.getApplicationException())
							|| transaction.getCause() instanceof SQLException)) {
				return true;
			}
			// connection exceptions (08...) and an administrator's shutdown (57P0...)
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
