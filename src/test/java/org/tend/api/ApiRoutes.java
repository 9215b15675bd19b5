package org.tend.api;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The routes the application really serves, read from its handler mappings: a table
 * written by hand is checked against them, so a new route cannot slip past the tests.
 */
final class ApiRoutes {

	static final String PREFIX = "/api/v1";

	private ApiRoutes() {
	}

	/** Each route as {@code "GET /api/v1/people/{id}"}, sorted. */
	static Set<String> served(ApplicationContext context) {
		return served(context, (pattern) -> pattern.startsWith(PREFIX));
	}

	/**
	 * Every other route (pages, feeds, links from mails), as {@code "GET /people/{id}"}.
	 */
	static Set<String> pages(ApplicationContext context) {
		return served(context, (pattern) -> !pattern.startsWith(PREFIX));
	}

	private static Set<String> served(ApplicationContext context, Predicate<String> patterns) {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()) {
			mapping.getHandlerMethods().keySet().forEach((info) -> add(routes, info, patterns));
		}
		return routes;
	}

	private static void add(Set<String> routes, RequestMappingInfo info, Predicate<String> patterns) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		for (String pattern : info.getPatternValues()) {
			if (!patterns.test(pattern)) {
				continue;
			}
			if (methods.isEmpty()) {
				// a mapping without a method answers every method: the table must name it
				routes.add("ANY " + pattern);
			}
			methods.forEach((method) -> routes.add(method.name() + " " + pattern));
		}
	}

}
