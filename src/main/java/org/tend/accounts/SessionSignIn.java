package org.tend.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.tend.accounts.internal.MemberDetails;

/**
 * The member's browser session: signs a member in right after sign-up or after creating a
 * demo account, keeps the session's member up to date after a profile change, and ends
 * the member's other sessions after a password change, and ends it when the account is
 * deleted.
 */
@Component
public class SessionSignIn {

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	SessionSignIn(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
		this.sessions = sessions;
	}

	public void signIn(Account account, HttpServletRequest request, HttpServletResponse response) {
		// a fresh session id and CSRF token on sign-in, against session fixation, as the
		// sign-in form does
		request.getSession(true);
		request.changeSessionId();
		new HttpSessionCsrfTokenRepository().saveToken(null, request, response);
		save(account, request, response);
	}

	/**
	 * Puts the member's new display name or time zone into this session, so that every
	 * page sees it at once.
	 */
	public void refresh(Account account, HttpServletRequest request, HttpServletResponse response) {
		save(account, request, response);
	}

	/**
	 * After a password change: signs the member out everywhere else (whoever knew the old
	 * password is out) and gives this session a new id.
	 */
	public void endOtherSessions(CurrentMember member, HttpServletRequest request) {
		HttpSession current = request.getSession(false);
		FindByIndexNameSessionRepository<?> repository = this.sessions.getIfAvailable();
		if (current == null) {
			return;
		}
		if (repository != null) {
			// before the id changes: the stored session still has the old one
			String currentId = current.getId();
			repository.findByPrincipalName(member.email())
				.keySet()
				.stream()
				.filter((id) -> !id.equals(currentId))
				.toList()
				.forEach(repository::deleteById);
		}
		request.changeSessionId();
	}

	/**
	 * Ends this session (after the account was deleted, say): the next page is a
	 * signed-out one, and nothing of the session is written back.
	 */
	public void signOut(HttpServletRequest request) {
		this.holder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

	private void save(Account account, HttpServletRequest request, HttpServletResponse response) {
		MemberDetails details = new MemberDetails(account.asCurrentMember(), null);
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(details, null, MemberDetails.AUTHORITIES));
		this.holder.setContext(context);
		this.repository.saveContext(context, request, response);
	}

}
