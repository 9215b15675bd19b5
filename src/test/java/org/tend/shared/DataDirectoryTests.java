package org.tend.shared;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DataDirectoryTests {

	@Test
	void turnsARelativeDataDirectoryIntoAnAbsoluteOne() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test", Map.of(DataDirectory.PROPERTY, "data/../tend-data")));

		new DataDirectory().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty(DataDirectory.PROPERTY))
			.isEqualTo(Path.of("tend-data").toAbsolutePath().toString());
	}

	@Test
	void leavesAnUnsetDataDirectoryAlone() {
		StandardEnvironment environment = new StandardEnvironment();

		new DataDirectory().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty(DataDirectory.PROPERTY)).isNull();
	}

}
