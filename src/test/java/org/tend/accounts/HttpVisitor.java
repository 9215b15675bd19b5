package org.tend.accounts;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A visitor over plain HTTP that the server cannot tell from a browser (not a real
 * browser: those tests are in {@code org.tend.browser}): keeps its cookies, sends the
 * CSRF token of the last page it read with each form, follows no redirect unless told to.
 * Public for the page-route authorization table, which drives every page as a member
 * would.
 */
public final class HttpVisitor {

	private static final Pattern CSRF_TOKEN = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

	private final URI base;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http;

	private String csrfToken;

	private final List<String> extraHeaders = new ArrayList<>();

	public HttpVisitor(int port) {
		this.base = URI.create("http://localhost:" + port);
		this.http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** Sends this header with every later request (as a proxy in front would add it). */
	public HttpVisitor withHeader(String name, String value) {
		this.extraHeaders.add(name);
		this.extraHeaders.add(value);
		return this;
	}

	public Page get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve(path)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request);
	}

	/** Posts a form as a page would: with the CSRF token of the last page read. */
	public Page post(String path, String... namesAndValues) {
		List<String> fields = new ArrayList<>(List.of(namesAndValues));
		if (this.csrfToken != null) {
			fields.add("_csrf");
			fields.add(this.csrfToken);
		}
		return postForm(path, fields);
	}

	public Page postWithoutCsrf(String path, String... namesAndValues) {
		return postForm(path, List.of(namesAndValues));
	}

	public Page follow(Page redirect) {
		String location = redirect.location();
		return get(location.startsWith("http")
				? URI.create(location).getRawPath()
						+ Optional.ofNullable(URI.create(location).getRawQuery()).map((query) -> "?" + query).orElse("")
				: location);
	}

	/** Signs in with the form, answering the server's reply to the sign-in post. */
	public Page signIn(String email, String password) {
		get("/login");
		return post("/login", "username", email, "password", password);
	}

	public Optional<String> sessionCookie() {
		return this.cookies.getCookieStore()
			.get(this.base)
			.stream()
			.filter((cookie) -> "SESSION".equals(cookie.getName()))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	private Page postForm(String path, List<String> namesAndValues) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < namesAndValues.size(); i += 2) {
			body.append(body.isEmpty() ? "" : "&")
				.append(URLEncoder.encode(namesAndValues.get(i), StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(namesAndValues.get(i + 1), StandardCharsets.UTF_8));
		}
		return send(HttpRequest.newBuilder(this.base.resolve(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	private Page send(HttpRequest.Builder request) {
		if (!this.extraHeaders.isEmpty()) {
			request.headers(this.extraHeaders.toArray(String[]::new));
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			Page page = new Page(response.statusCode(), response.headers(), response.body());
			Matcher token = CSRF_TOKEN.matcher(page.body());
			if (token.find()) {
				this.csrfToken = token.group(1);
			}
			return page;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public record Page(int status, java.net.http.HttpHeaders headers, String body) {

		public String location() {
			return this.headers.firstValue("Location").orElseThrow();
		}

		public Optional<String> header(String name) {
			return this.headers.firstValue(name);
		}

		/**
		 * The value of the input with this id, HTML-unescaped enough for tokens and
		 * links.
		 */
		public Optional<String> inputValue(String id) {
			Matcher matcher = Pattern.compile("<input[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*value=\"([^\"]*)\"")
				.matcher(this.body);
			return matcher.find() ? Optional.of(matcher.group(1).replace("&amp;", "&")) : Optional.empty();
		}

	}

}
