package org.tend.accounts.internal;

import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tend.accounts.CurrentMember;

/**
 * How the OpenAPI document describes authentication: every call takes a personal access
 * token as a bearer token, except sign-up. The {@link CurrentMember} a controller
 * declares comes from that token, so it is not a request parameter.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String SCHEME = "personalAccessToken";

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentMember.class);
	}

	@Bean
	OpenApiCustomizer bearerTokens() {
		return (openApi) -> {
			if (openApi.getComponents() == null) {
				openApi.setComponents(new Components());
			}
			openApi.getComponents()
				.addSecuritySchemes(SCHEME,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.description("A personal access token (tend_…), from sign-up or from Settings"));
			openApi.addSecurityItem(new SecurityRequirement().addList(SCHEME));
			Optional.ofNullable(openApi.getPaths())
				.map((paths) -> paths.get("/api/v1/accounts"))
				.map(PathItem::getPost)
				.ifPresent((signUp) -> signUp.setSecurity(List.of()));
		};
	}

}
