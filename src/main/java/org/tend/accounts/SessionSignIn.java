package org.tend.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a member in on this browser session right after sign-up or after creating a demo
 * account.
 */
@Component
public class SessionSignIn {

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	public void signIn(Account account, HttpServletRequest request, HttpServletResponse response) {
		// a fresh session id on sign-in, against session fixation
		request.getSession(true);
		request.changeSessionId();
		MemberDetails details = new MemberDetails(account.asCurrentMember(), null);
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(details, null, MemberDetails.AUTHORITIES));
		this.holder.setContext(context);
		this.repository.saveContext(context, request, response);
	}

}
