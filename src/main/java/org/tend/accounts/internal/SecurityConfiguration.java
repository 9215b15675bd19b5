package org.tend.accounts.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.tend.accounts.AccountsService;
import org.tend.shared.web.Problems;

/**
 * Two filter chains: the JSON API is stateless with bearer tokens (no cookies, so no
 * CSRF), the pages use a session, a sign-in form and CSRF tokens.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

	private static final String HX_REQUEST = "HX-Request";

	private static final String UNSUBSCRIBE = "/mail/unsubscribe/*";

	// an introduction request's answer and unsubscribe links, for people without an
	// account: the secret in the address is the proof, as for unsubscribe (decision 23)
	private static final String[] INTRODUCTION_LINKS = { "/introductions/answer/*/*", "/introductions/unsubscribe/*" };

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt by default, with the {id} prefix so that the hash can be upgraded later
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(MemberDetailsService members, PasswordEncoder passwordEncoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(members);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, AccountsService accounts) throws Exception {
		return http.securityMatcher("/api/**")
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.addFilterBefore(new BearerTokenFilter(accounts), UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, "/api/v1/accounts")
				.permitAll()
				.anyRequest()
				.authenticated())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(SecurityConfiguration::unauthorized))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'"))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, AuthenticationManager throttledPasswords) throws Exception {
		// explicitly: otherwise Spring builds a manager of its own from the
		// UserDetailsService bean, and the sign-in form would bypass the throttle
		return http.authenticationManager(throttledPasswords)
			// one-click unsubscribe (RFC 8058): mail clients post without a session; the
			// link's secret token is the proof
			.csrf((csrf) -> csrf.csrfTokenRepository(new SessionlessCsrfTokens())
				.ignoringRequestMatchers(UNSUBSCRIBE)
				.ignoringRequestMatchers(INTRODUCTION_LINKS))
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/", "/login", "/login/throttled", "/signup", "/demo", "/css/**", "/js/**",
						"/images/**", "/webjars/**", "/favicon.ico", "/error", "/actuator/health/**", "/actuator/info",
						"/calendar/*.ics", "/v3/api-docs/**", UNSUBSCRIBE)
				.permitAll()
				.requestMatchers(INTRODUCTION_LINKS)
				.permitAll()
				// server-wide figures (request counts, pools) are the operator's
				.requestMatchers("/actuator/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.defaultSuccessUrl("/today", false)
				.failureHandler(loginFailureHandler()))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(signInFirst()))
			.requestCache((cache) -> cache.requestCache(pagesToReturnTo()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
			.build();
	}

	/**
	 * An htmx request whose session has ended gets 401 with {@code HX-Redirect}, which
	 * htmx follows as a whole-page visit; otherwise the login page would be swapped into
	 * a fragment.
	 */
	private static AuthenticationEntryPoint signInFirst() {
		AuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
		return (request, response, exception) -> {
			if (request.getHeader(HX_REQUEST) != null) {
				response.setStatus(HttpStatus.UNAUTHORIZED.value());
				response.setHeader("HX-Redirect", request.getContextPath() + "/login");
			}
			else {
				loginPage.commence(request, response, exception);
			}
		};
	}

	/**
	 * After signing in, the member is sent back to the page they asked for: a whole page,
	 * never an htmx fragment, never an actuator or API address (a call made by a tool
	 * would otherwise create a stored session). The request is remembered without its
	 * headers and cookies: it was kept in the session table for the session's lifetime,
	 * an HTTP Basic or bearer Authorization header included.
	 */
	private static RequestCache pagesToReturnTo() {
		RequestMatcher pages = (request) -> HttpMethod.GET.matches(request.getMethod())
				&& request.getHeader(HX_REQUEST) == null && !request.getRequestURI().endsWith("/favicon.ico")
				&& !request.getRequestURI().startsWith(request.getContextPath() + "/actuator")
				&& !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		HttpSessionRequestCache cache = new HttpSessionRequestCache() {
			@Override
			public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
				if (pages.matches(request)) {
					super.saveRequest(new AddressOnly(request), response);
				}
			}
		};
		cache.setRequestMatcher(pages);
		return cache;
	}

	/** A request as far as returning to it needs: its address, no header, no cookie. */
	private static final class AddressOnly extends HttpServletRequestWrapper {

		AddressOnly(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getHeader(String name) {
			return null;
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return Collections.emptyEnumeration();
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public Cookie[] getCookies() {
			return new Cookie[0];
		}

	}

	/**
	 * A throttled sign-in answers 429 with the sign-in page and the wait; any other
	 * failure, the form again.
	 */
	private static AuthenticationFailureHandler loginFailureHandler() {
		return (request, response, exception) -> {
			if (exception instanceof LoginThrottled throttled) {
				long minutes = Math.max(1, (throttled.retryAfter().toSeconds() + 59) / 60);
				response.setHeader("Retry-After", Long.toString(throttled.retryAfter().toSeconds()));
				request.setAttribute("throttledMinutes", minutes);
				request.getRequestDispatcher("/login/throttled").forward(request, response);
			}
			else {
				response.sendRedirect(request.getContextPath() + "/login?error");
			}
		};
	}

	private static void unauthorized(HttpServletRequest request, HttpServletResponse response, Exception exception)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		Problems.write(response, HttpStatus.UNAUTHORIZED, "Unauthorized",
				"A valid personal access token is needed: Authorization: Bearer <token>");
	}

}
