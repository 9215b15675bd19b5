package org.tend.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ChromiumAvailableTests {

	@TempDir
	Path folder;

	@Test
	void runsWithTheChromiumNamedByTheEnvironment() throws IOException {
		Path chromium = Files.createFile(this.folder.resolve("chromium"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));

		assertThat(ChromiumAvailable.check(Map.of("TEND_CHROMIUM", chromium.toString())).isDisabled()).isFalse();
	}

	@Test
	void failsWhenTheNamedChromiumIsMissing() {
		String missing = this.folder.resolve("no-chromium").toString();

		assertThatIllegalStateException().isThrownBy(() -> ChromiumAvailable.check(Map.of("TEND_CHROMIUM", missing)))
			.withMessageContaining(missing)
			.withMessageContaining("TEND_CHROMIUM");
	}

	@Test
	void failsInContinuousIntegrationWhenChromiumIsMissing() {
		String missing = this.folder.resolve("no-chromium").toString();

		assertThatIllegalStateException()
			.isThrownBy(() -> ChromiumAvailable.check(Map.of("CI", "true", "TEND_CHROMIUM", missing)));
	}

	@Test
	void skipsLocallyWithTheReasonWhenDebiansChromiumIsMissing() {
		boolean installed = Files.isExecutable(Path.of(ChromiumAvailable.DEFAULT_EXECUTABLE));

		var result = ChromiumAvailable.check(Map.of());

		assertThat(result.isDisabled()).isEqualTo(!installed);
		assertThat(result.getReason())
			.hasValueSatisfying((reason) -> assertThat(reason).contains(ChromiumAvailable.DEFAULT_EXECUTABLE));
	}

}
