package org.tend.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where a page's CSRF token is kept: in the session when the visitor has one, otherwise
 * in an HttpOnly, same-site cookie. Keeping it in the session alone made every anonymous
 * visit to the sign-in or sign-up page a stored session (a row a bot could add at will,
 * kept for days); a cookie costs nothing on the server. The form still has to carry the
 * token, which a page of another site can neither read nor guess, so a cross-site post is
 * refused as before. Signing in clears the cookie's token, and a signed-in member's
 * tokens live in their session only: a cookie set from elsewhere never counts for them.
 */
public final class SessionlessCsrfTokens implements CsrfTokenRepository {

	public static final String COOKIE = "TEND-CSRF";

	private static final String HEADER = "X-CSRF-TOKEN";

	private static final String CLEARED = SessionlessCsrfTokens.class.getName() + ".CLEARED";

	private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

	SessionlessCsrfTokens() {
		this.session.setHeaderName(HEADER);
		this.cookie.setHeaderName(HEADER);
		this.cookie.setCookieName(COOKIE);
		this.cookie.setCookieCustomizer((builder) -> builder.httpOnly(true).sameSite("Lax").path("/"));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return this.session.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (token == null) {
			// signing in or out: neither token may be used again
			this.session.saveToken(null, request, response);
			if (hasCookie(request)) {
				this.cookie.saveToken(null, request, response);
			}
			request.setAttribute(CLEARED, Boolean.TRUE);
			return;
		}
		request.removeAttribute(CLEARED);
		if (request.getSession(false) != null) {
			this.session.saveToken(token, request, response);
		}
		else {
			this.cookie.saveToken(token, request, response);
		}
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		if (request.getAttribute(CLEARED) != null) {
			// the request still shows the cookie that was just cleared
			return null;
		}
		if (request.getSession(false) != null) {
			return this.session.loadToken(request);
		}
		return this.cookie.loadToken(request);
	}

	private static boolean hasCookie(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return false;
		}
		for (jakarta.servlet.http.Cookie each : request.getCookies()) {
			if (COOKIE.equals(each.getName())) {
				return true;
			}
		}
		return false;
	}

}
