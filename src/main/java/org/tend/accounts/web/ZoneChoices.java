package org.tend.accounts.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The time zones a member picks from: the most used ones first, then every city zone in
 * alphabetical order. Legacy aliases (US/Eastern, Etc/GMT+5, whose sign is inverted) are
 * left out of the list, though still accepted.
 */
record ZoneChoices(List<Option> common, List<Option> others) {

	private static final List<String> COMMON = List.of("UTC", "Europe/London", "Europe/Dublin", "Europe/Lisbon",
			"Europe/Madrid", "Europe/Paris", "Europe/Brussels", "Europe/Amsterdam", "Europe/Berlin", "Europe/Zurich",
			"Europe/Rome", "Europe/Stockholm", "Europe/Warsaw", "Europe/Athens", "Europe/Helsinki", "Europe/Kyiv",
			"Europe/Istanbul", "Africa/Lagos", "Africa/Cairo", "Africa/Nairobi", "Africa/Johannesburg", "Asia/Dubai",
			"Asia/Kolkata", "Asia/Singapore", "Asia/Shanghai", "Asia/Hong_Kong", "Asia/Tokyo", "Asia/Seoul",
			"Australia/Perth", "Australia/Sydney", "Pacific/Auckland", "America/Sao_Paulo",
			"America/Argentina/Buenos_Aires", "America/Bogota", "America/Mexico_City", "America/New_York",
			"America/Toronto", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Anchorage",
			"Pacific/Honolulu");

	private static final Pattern CITY = Pattern
		.compile("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+");

	/** The choices with their offsets at {@code when}; the member's zone is always in. */
	static ZoneChoices at(Instant when, ZoneId current) {
		Set<String> available = ZoneId.getAvailableZoneIds();
		List<Option> common = new ArrayList<>();
		if (!COMMON.contains(current.getId()) && !CITY.matcher(current.getId()).matches()) {
			common.add(Option.of(current, when));
		}
		COMMON.stream().filter(available::contains).map((id) -> Option.of(ZoneId.of(id), when)).forEach(common::add);
		List<Option> others = available.stream()
			.filter((id) -> CITY.matcher(id).matches() && !COMMON.contains(id))
			.sorted(Comparator.naturalOrder())
			.map((id) -> Option.of(ZoneId.of(id), when))
			.toList();
		return new ZoneChoices(List.copyOf(common), others);
	}

	/** The zone with this id, when Java knows it. */
	static Optional<ZoneId> parse(String id) {
		return (id != null && ZoneId.getAvailableZoneIds().contains(id)) ? Optional.of(ZoneId.of(id))
				: Optional.empty();
	}

	record Option(String id, String label) {

		static Option of(ZoneId zone, Instant when) {
			ZoneOffset offset = zone.getRules().getOffset(when);
			String utc = (offset.getTotalSeconds() == 0) ? "UTC" : "UTC" + offset.getId();
			String name = zone.getId().replace('_', ' ');
			return new Option(zone.getId(), "UTC".equals(name) ? name : name + " (" + utc + ")");
		}

	}

}
