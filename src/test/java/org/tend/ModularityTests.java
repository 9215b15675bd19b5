package org.tend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module rules hold by themselves: the code keeps within each module's declared
 * {@code allowedDependencies}, the declarations say what the "may depend on" table in
 * docs/architecture.md says, and every allowed dependency is used, so the diagrams the
 * build generates into docs/modules/ draw exactly that table.
 */
class ModularityTests {

	private static final Path ARCHITECTURE = Path.of("docs/architecture.md");

	private static final Pattern TABLE_ROW = Pattern.compile("^\\| `(\\w+)` \\|.*\\| ([^|]+) \\|$", Pattern.MULTILINE);

	private final ApplicationModules modules = ApplicationModules.of(TendApplication.class);

	@Test
	void theModulesAreExactlyThoseOfTheArchitecture() {
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString())).containsExactlyInAnyOrder(
				"accounts", "search", "people", "meetings", "ledger", "pairing", "challenge", "depth", "home",
				"sampledata", "mail", "interchange", "introductions", "community", "groups", "shared");
	}

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void eachModuleDeclaresWhatTheArchitectureTableAllows() throws IOException {
		Map<String, Set<String>> table = architectureTable();
		assertThat(table.keySet()).containsExactlyInAnyOrderElementsOf(moduleNames());
		for (String module : moduleNames()) {
			assertThat(declaredDependencies(module)).as("allowedDependencies of %s", module)
				.containsExactlyInAnyOrderElementsOf(table.get(module));
		}
	}

	@Test
	void eachModuleUsesEveryDependencyItIsAllowed() {
		for (String module : moduleNames()) {
			assertThat(actualDependencies(module)).as("dependencies of %s in the code", module)
				.containsExactlyInAnyOrderElementsOf(declaredDependencies(module));
		}
	}

	@Test
	void writesTheModuleDiagramsIntoTheDocs() {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		assertThat(Path.of("docs/modules/components.puml")).isNotEmptyFile();
	}

	private Set<String> moduleNames() {
		return this.modules.stream()
			.map((module) -> module.getIdentifier().toString())
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private Set<String> actualDependencies(String module) {
		return this.modules.getModuleByName(module)
			.orElseThrow()
			.getDirectDependencies(this.modules)
			.uniqueModules()
			.map((dependency) -> dependency.getIdentifier().toString())
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<String> declaredDependencies(String module) {
		try {
			ApplicationModule declaration = Class.forName("org.tend." + module + ".package-info")
				.getAnnotation(ApplicationModule.class);
			assertThat(declaration).as("@ApplicationModule on %s's package-info", module).isNotNull();
			return new TreeSet<>(Arrays.asList(declaration.allowedDependencies()));
		}
		catch (ClassNotFoundException ex) {
			throw new AssertionError(module + " has no package-info.java", ex);
		}
	}

	private static Map<String, Set<String>> architectureTable() throws IOException {
		Map<String, Set<String>> table = new TreeMap<>();
		Matcher row = TABLE_ROW.matcher(Files.readString(ARCHITECTURE));
		while (row.find()) {
			String allowed = row.group(2).strip();
			table.put(row.group(1),
					allowed.equals("—") ? Set.of() : new TreeSet<>(Arrays.asList(allowed.split(",\\s*"))));
		}
		return table;
	}

}
