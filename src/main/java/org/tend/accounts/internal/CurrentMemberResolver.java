package org.tend.accounts.internal;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tend.accounts.CurrentMember;

/**
 * Lets controllers declare a {@link CurrentMember} parameter, whether the member signed
 * in with a password (session) or calls the API with a token.
 */
@Configuration(proxyBeanMethods = false)
class CurrentMemberResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return CurrentMember.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		return currentMember(SecurityContextHolder.getContext().getAuthentication());
	}

	static CurrentMember currentMember(Authentication authentication) {
		if (authentication != null) {
			if (authentication.getPrincipal() instanceof CurrentMember member) {
				return member;
			}
			if (authentication.getPrincipal() instanceof MemberDetails details) {
				return details.member();
			}
		}
		throw new InsufficientAuthenticationException("a signed-in member is needed");
	}

}
