package org.tend.shared;

/**
 * The address Tend is reached at ({@code tend.base-url}), which links in mails and pages
 * start with: one default for when it is not set, and one rule that drops a trailing
 * slash so that a path can always follow it.
 */
public final class BaseUrl {

	/** For {@code @Value}: the configured address, or the local one in development. */
	public static final String PROPERTY = "${tend.base-url:http://localhost:8080}";

	private BaseUrl() {
	}

	public static String of(String configured) {
		return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
	}

}
