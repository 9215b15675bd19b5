package org.tend.interchange.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.tend.interchange.ImportAction;
import org.tend.interchange.ImportCounts;
import org.tend.interchange.ImportRow;
import org.tend.people.PersonDetails;
import org.tend.people.PersonInput;

/**
 * What an import will do: each row matched, strongest key first, against the journal and
 * the rows before it. A match fills what the person lacks (empty fields, more emails,
 * phones, links, tags) and never overwrites what is there.
 */
public final class ImportPlan {

	private final List<ImportRow> rows = new ArrayList<>();

	private final List<Target> creates = new ArrayList<>();

	private final Map<UUID, Target> updates = new LinkedHashMap<>();

	private final Map<String, Target> bySource = new HashMap<>();

	private ImportCounts counts = ImportCounts.NONE;

	private ImportPlan() {
	}

	public static ImportPlan of(List<ParsedRow> parsed, List<PersonDetails> journal) {
		ImportPlan plan = new ImportPlan();
		Map<MatchKeys.Key, Target> index = new HashMap<>();
		for (PersonDetails person : journal) {
			Target target = new Target(person.id(), person.toInput(), 0);
			MatchKeys.of(target.current).forEach((key) -> index.putIfAbsent(key, target));
		}
		for (ParsedRow row : parsed) {
			plan.add(row, index);
		}
		return plan;
	}

	private void add(ParsedRow row, Map<MatchKeys.Key, Target> index) {
		if (row.isSkipped()) {
			record(new ImportRow(row.line(), row.name(), ImportAction.SKIPPED, row.skipReason()));
			return;
		}
		List<MatchKeys.Key> keys = MatchKeys.of(row.person());
		MatchKeys.Key matched = keys.stream().filter(index::containsKey).findFirst().orElse(null);
		Target target;
		if (matched == null) {
			target = new Target(null, row.person(), row.line());
			this.creates.add(target);
			record(new ImportRow(row.line(), row.name(), ImportAction.NEW, null));
		}
		else {
			target = index.get(matched);
			PersonInput merged = fill(target.current, row.person());
			boolean adds = !merged.equals(target.current);
			target.current = merged;
			if (target.existingId != null && adds) {
				this.updates.put(target.existingId, target);
			}
			String same = "same " + matched.kind().label();
			String reason = (target.existingId != null)
					? (adds ? "adds to " + target.current.name() + " (" + same + ")"
							: "already in your journal as " + target.current.name() + " (" + same + ")")
					: (adds ? "adds to line " + target.line + " (" + same + ")"
							: "repeats line " + target.line + " (" + same + ")");
			record(new ImportRow(row.line(), row.name(), adds ? ImportAction.MERGED : ImportAction.SKIPPED, reason));
		}
		if (row.sourceId() != null) {
			this.bySource.put(row.sourceId(), target);
		}
		// a new person's keys are those just computed; a merged one may have gained some
		for (MatchKeys.Key key : (matched == null) ? keys : MatchKeys.of(target.current)) {
			index.putIfAbsent(key, target);
		}
	}

	private void record(ImportRow row) {
		this.rows.add(row);
		this.counts = this.counts.plus(row.action());
	}

	public List<ImportRow> rows() {
		return this.rows;
	}

	public ImportCounts counts() {
		return this.counts;
	}

	/** The people to add, each with everything its rows brought. */
	List<Target> creates() {
		return this.creates;
	}

	/** The journal's people to complete. */
	Map<UUID, Target> updates() {
		return this.updates;
	}

	/** Where the person the export knew by that id went (Tend exports only). */
	Target target(String sourceId) {
		return this.bySource.get(sourceId);
	}

	/** The base with the gaps filled from the extra entry. */
	static PersonInput fill(PersonInput base, PersonInput extra) {
		return new PersonInput(base.name(), or(base.company(), extra.company()), or(base.role(), extra.role()),
				or(base.city(), extra.city()), union(base.emails(), extra.emails(), 10),
				union(base.phones(), extra.phones(), 10), links(base.links(), extra.links()),
				union(base.tags(), extra.tags(), 30), or(base.circle(), extra.circle()),
				or(base.cadenceDays(), extra.cadenceDays()), or(base.howWeMet(), extra.howWeMet()),
				or(base.metOn(), extra.metOn()));
	}

	private static <T> T or(T value, T fallback) {
		return (value != null) ? value : fallback;
	}

	/** Links, with one address per LinkedIn profile however it is spelled. */
	private static List<String> links(List<String> base, List<String> extra) {
		List<String> profiles = base.stream().map(MatchKeys::linkedIn).filter(Objects::nonNull).toList();
		List<String> added = extra.stream().filter((link) -> {
			String profile = MatchKeys.linkedIn(link);
			return profile == null || !profiles.contains(profile);
		}).toList();
		return union(base, added, 10);
	}

	private static List<String> union(List<String> base, List<String> extra, int max) {
		LinkedHashSet<String> all = new LinkedHashSet<>(base);
		for (String value : extra) {
			if (all.size() < max && all.stream().noneMatch(value::equalsIgnoreCase)) {
				all.add(value);
			}
		}
		return List.copyOf(all);
	}

	/**
	 * A person the import writes: one of the journal (existingId set) or a new one, with
	 * its id once created.
	 */
	static final class Target {

		final UUID existingId;

		final int line;

		PersonInput current;

		UUID createdId;

		Target(UUID existingId, PersonInput current, int line) {
			this.existingId = existingId;
			this.current = current;
			this.line = line;
		}

		UUID personId() {
			return Objects.requireNonNullElse(this.existingId, this.createdId);
		}

	}

}
