package org.tend.accounts.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tend.accounts.AccountsService;

/**
 * Authenticates API calls carrying {@code Authorization: Bearer <personal access token>}.
 * A missing or unknown token leaves the request anonymous, and the API answers it 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final AccountsService accounts;

	BearerTokenFilter(AccountsService accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			this.accounts.memberForToken(header.substring(BEARER.length()).strip()).ifPresent((member) -> {
				var authentication = UsernamePasswordAuthenticationToken.authenticated(member, null,
						MemberDetails.AUTHORITIES);
				SecurityContextHolder.getContext().setAuthentication(authentication);
			});
		}
		chain.doFilter(request, response);
	}

}
