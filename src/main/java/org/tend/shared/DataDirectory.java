package org.tend.shared;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code tend.data-dir} (TEND_DATA_DIR) an absolute path before the embedded
 * database URL is built from it: H2 refuses file paths that are implicitly relative, and
 * "data" or "../tend-data" are what people type.
 */
class DataDirectory implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY = "tend.data-dir";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String configured = environment.getProperty(PROPERTY);
		if (configured == null || configured.isBlank()) {
			return;
		}
		String absolute = Path.of(configured.strip()).toAbsolutePath().normalize().toString();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("tendDataDirectory", Map.of(PROPERTY, absolute)));
	}

	@Override
	public int getOrder() {
		// after the config files and the environment variables are read
		return Ordered.LOWEST_PRECEDENCE;
	}

}
