package org.tend.interchange.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.tend.interchange.ImportFormat;
import org.tend.interchange.ImportRejected;
import org.tend.interchange.export.PeopleCsv;
import org.tend.people.PersonInput;

/**
 * Google Contacts CSV, with the current headers ("First Name", "Organization Name",
 * "Labels") and the legacy ones ("Given Name", "Organization 1 - Name", "Group
 * Membership"); also Tend's own CSV export. A cell may hold several values separated by "
 * ::: "; labels starting with "* " ({@code * myContacts}, {@code * starred}) are Google's
 * own, not the member's, and are left out of the tags.
 */
final class GoogleCsvParser implements ContactParser {

	// split on the separator alone, each value stripped after: "\s*:::\s*" backtracks
	// over every run of spaces and took seconds on one long cell
	private static final Pattern MULTI = Pattern.compile(":::", Pattern.LITERAL);

	private static final Pattern EMAIL_VALUE = Pattern.compile("(?i)e-mail \\d+ - value");

	private static final Pattern PHONE_VALUE = Pattern.compile("(?i)phone \\d+ - value");

	private static final Pattern WEBSITE_VALUE = Pattern.compile("(?i)website \\d+ - value");

	@Override
	public ImportFormat format() {
		return ImportFormat.GOOGLE;
	}

	static boolean isHeader(List<String> cells) {
		return CsvTable.column(cells, "E-mail 1 - Value") >= 0 || CsvTable.column(cells, "Given Name") >= 0
				|| (CsvTable.column(cells, "First Name") >= 0
						&& (CsvTable.column(cells, "Labels") >= 0 || CsvTable.column(cells, "Organization Name") >= 0))
				|| (CsvTable.column(cells, "Name") >= 0 && CsvTable.column(cells, "Emails") >= 0);
	}

	@Override
	public ParsedFile parse(String text) {
		List<CsvTable.Row> table = CsvTable.read(text);
		if (table.isEmpty() || !isHeader(table.get(0).cells())) {
			throw ImportRejected.at(table.isEmpty() ? 1 : table.get(0).line(),
					"the first row is not a Google Contacts header (Name, Given Name or First Name, E-mail 1 - Value...)");
		}
		Header header = new Header(table.get(0).cells());
		boolean ownExport = PeopleCsv.isOwnHeader(table.get(0).cells());
		List<ParsedRow> rows = new ArrayList<>();
		for (CsvTable.Row row : table.subList(1, table.size())) {
			if (!row.isBlank()) {
				rows.add(contact(ownExport ? restored(row) : row, header));
			}
		}
		return new ParsedFile(ImportFormat.GOOGLE, rows, null);
	}

	private static CsvTable.Row restored(CsvTable.Row row) {
		return new CsvTable.Row(row.line(), row.cells().stream().map(PeopleCsv::restored).toList());
	}

	private static ParsedRow contact(CsvTable.Row row, Header header) {
		ContactDraft draft = new ContactDraft();
		draft.name = name(row, header);
		draft.company = first(row, header.company);
		draft.role = first(row, header.role);
		draft.city = first(row, header.city);
		draft.howWeMet = first(row, header.howWeMet);
		header.emails.forEach((column) -> draft.emails.addAll(values(row.cell(column))));
		header.phones.forEach((column) -> draft.phones.addAll(values(row.cell(column))));
		header.links.forEach((column) -> draft.links.addAll(values(row.cell(column))));
		header.labels.forEach((column) -> values(row.cell(column)).stream()
			.filter((label) -> !label.startsWith("*"))
			.forEach(draft.tags::add));
		String metOn = first(row, header.metOn);
		if (metOn != null && !metOn.isBlank()) {
			try {
				draft.metOn = LocalDate.parse(metOn.strip());
			}
			catch (DateTimeParseException ex) {
				throw ImportRejected.at(row.line(), header.metOn.get(0) + 1,
						"'" + ContactDraft.cut(metOn, 40) + "' is not a date like 2025-12-22");
			}
		}
		if (draft.name == null && !draft.emails.isEmpty()) {
			draft.name = draft.emails.get(0);
		}
		PersonInput person = draft.toInput();
		return (person != null) ? ParsedRow.of(row.line(), person) : ParsedRow.skipped(row.line(), null, "no name");
	}

	private static String name(CsvTable.Row row, Header header) {
		String full = ContactDraft.fit(first(row, header.fullName), 200);
		if (full != null) {
			return full;
		}
		String joined = String.join(" ",
				Stream.of(header.given, header.middle, header.family)
					.map((columns) -> ContactDraft.fit(first(row, columns), 200))
					.filter((part) -> part != null)
					.toList());
		return joined.isEmpty() ? ContactDraft.fit(first(row, header.nickname), 200) : joined;
	}

	private static String first(CsvTable.Row row, List<Integer> columns) {
		for (int column : columns) {
			String value = row.cell(column);
			if (value != null && !value.isBlank()) {
				List<String> values = values(value);
				return values.isEmpty() ? null : values.get(0);
			}
		}
		return null;
	}

	private static List<String> values(String cell) {
		if (cell == null || cell.isBlank()) {
			return List.of();
		}
		return Stream.of(MULTI.split(cell.strip())).map(String::strip).filter((value) -> !value.isEmpty()).toList();
	}

	/** Where each field is, under any of the names Google and Tend have used. */
	private static final class Header {

		final List<Integer> fullName;

		final List<Integer> given;

		final List<Integer> middle;

		final List<Integer> family;

		final List<Integer> nickname;

		final List<Integer> company;

		final List<Integer> role;

		final List<Integer> city;

		final List<Integer> howWeMet;

		final List<Integer> metOn;

		final List<Integer> emails;

		final List<Integer> phones;

		final List<Integer> links;

		final List<Integer> labels;

		Header(List<String> cells) {
			this.fullName = columns(cells, "Name");
			this.given = columns(cells, "First Name", "Given Name");
			this.middle = columns(cells, "Middle Name", "Additional Name");
			this.family = columns(cells, "Last Name", "Family Name");
			this.nickname = columns(cells, "Nickname");
			this.company = columns(cells, "Organization Name", "Organization 1 - Name", "Company");
			this.role = columns(cells, "Organization Title", "Organization 1 - Title", "Role");
			this.city = columns(cells, "Address 1 - City", "City");
			this.howWeMet = columns(cells, "How We Met");
			this.metOn = columns(cells, "Met On");
			this.emails = matching(cells, EMAIL_VALUE, "Emails");
			this.phones = matching(cells, PHONE_VALUE, "Phones");
			this.links = matching(cells, WEBSITE_VALUE, "Links");
			this.labels = columns(cells, "Labels", "Group Membership", "Tags");
		}

		private static List<Integer> columns(List<String> cells, String... names) {
			List<Integer> found = new ArrayList<>();
			for (String name : names) {
				int column = CsvTable.column(cells, name);
				if (column >= 0) {
					found.add(column);
				}
			}
			return found;
		}

		private static List<Integer> matching(List<String> cells, Pattern pattern, String tendName) {
			List<Integer> found = columns(cells, tendName);
			for (int i = 0; i < cells.size(); i++) {
				if (pattern.matcher(cells.get(i).strip()).matches()) {
					found.add(i);
				}
			}
			return found;
		}

	}

}
