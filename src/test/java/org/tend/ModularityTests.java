package org.tend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

	private static final Path DIAGRAMS = Path.of("docs/modules");

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

	/**
	 * Writes the diagrams and fails when the committed ones were out of date, so the
	 * diagrams in the docs are always those of the code (run the tests once more after
	 * committing the rewritten files).
	 */
	@Test
	void theCommittedModuleDiagramsAreThoseOfTheCode() throws IOException {
		Map<Path, String> before = diagrams();
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		for (Path diagram : diagrams().keySet()) {
			Files.writeString(diagram, inStableOrder(Files.readString(diagram)));
		}
		assertThat(diagrams()).as("docs/modules/ regenerated from the code; commit the rewritten diagrams")
			.isEqualTo(before)
			.containsKey(DIAGRAMS.resolve("components.puml"));
	}

	private static Map<Path, String> diagrams() throws IOException {
		Map<Path, String> diagrams = new TreeMap<>();
		if (Files.isDirectory(DIAGRAMS)) {
			try (Stream<Path> files = Files.list(DIAGRAMS)) {
				for (Path file : files.filter((file) -> file.toString().endsWith(".puml")).toList()) {
					diagrams.put(file, Files.readString(file));
				}
			}
		}
		return diagrams;
	}

	/**
	 * The Documenter lists components and relations in hash order, which changes from run
	 * to run; each run of declarations or relations is sorted so that the same code
	 * writes the same file.
	 */
	static String inStableOrder(String diagram) {
		List<String> lines = new ArrayList<>(diagram.lines().toList());
		int start = 0;
		while (start < lines.size()) {
			String kind = kindOf(lines.get(start));
			int end = start + 1;
			while (kind != null && end < lines.size() && kind.equals(kindOf(lines.get(end)))) {
				end++;
			}
			Collections.sort(lines.subList(start, end));
			start = end;
		}
		return String.join("\n", lines) + (diagram.endsWith("\n") ? "\n" : "");
	}

	private static String kindOf(String line) {
		String trimmed = line.stripLeading();
		if (trimmed.startsWith("Component(") || trimmed.startsWith("Rel(")) {
			return line.substring(0, line.indexOf('(') + 1);
		}
		return null;
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
