package org.tend.interchange.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.tend.interchange.ImportFormat;
import org.tend.interchange.ImportRejected;
import org.tend.people.PersonInput;

/**
 * LinkedIn's {@code Connections.csv}. The export starts with a "Notes:" preamble (a
 * quoted paragraph, a blank line) whose length LinkedIn has changed before, so the header
 * row is searched for, not skipped by count. "Connected On" ({@code 22 Dec 2025}) becomes
 * the date met, "Connected on LinkedIn" how.
 */
final class LinkedInParser implements ContactParser {

	static final String HOW_WE_MET = "Connected on LinkedIn";

	private static final DateTimeFormatter CONNECTED_ON = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

	private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]+");

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

	@Override
	public ImportFormat format() {
		return ImportFormat.LINKEDIN;
	}

	/** True for the header row: it names the first name, last name and URL columns. */
	static boolean isHeader(List<String> cells) {
		return CsvTable.column(cells, "First Name") >= 0 && CsvTable.column(cells, "Last Name") >= 0
				&& CsvTable.column(cells, "URL") >= 0;
	}

	@Override
	public ParsedFile parse(String text) {
		List<CsvTable.Row> table = CsvTable.read(text);
		int headerAt = -1;
		for (int i = 0; i < table.size() && headerAt < 0; i++) {
			if (isHeader(table.get(i).cells())) {
				headerAt = i;
			}
		}
		if (headerAt < 0) {
			throw ImportRejected.at(1, "no header row 'First Name,Last Name,URL,...' was found");
		}
		List<String> header = table.get(headerAt).cells();
		Columns columns = new Columns(CsvTable.column(header, "First Name"), CsvTable.column(header, "Last Name"),
				CsvTable.column(header, "URL"), CsvTable.column(header, "Email Address"),
				CsvTable.column(header, "Company"), CsvTable.column(header, "Position"),
				CsvTable.column(header, "Connected On"));
		List<ParsedRow> rows = new ArrayList<>();
		for (CsvTable.Row row : table.subList(headerAt + 1, table.size())) {
			if (row.isBlank()) {
				// LinkedIn writes rows of only commas for connections who hid everything
				continue;
			}
			rows.add(contact(row, columns));
		}
		return new ParsedFile(ImportFormat.LINKEDIN, rows, null);
	}

	private static ParsedRow contact(CsvTable.Row row, Columns columns) {
		ContactDraft draft = new ContactDraft();
		String first = ContactDraft.fit(row.cell(columns.first()), 200);
		String last = ContactDraft.fit(row.cell(columns.last()), 200);
		draft.name = fullName(first, last);
		draft.company = row.cell(columns.company());
		draft.role = row.cell(columns.position());
		add(draft.emails, row.cell(columns.email()));
		add(draft.links, row.cell(columns.url()));
		String connected = row.cell(columns.connectedOn());
		if (connected != null && !connected.isBlank()) {
			draft.metOn = date(connected.strip(), row.line(), columns.connectedOn() + 1);
			draft.howWeMet = HOW_WE_MET;
		}
		PersonInput person = draft.toInput();
		if (person == null) {
			return ParsedRow.skipped(row.line(), null, "no name");
		}
		return ParsedRow.of(row.line(), person);
	}

	/**
	 * "First Last", except for Chinese, Japanese and Korean names, which are written
	 * family name first without a space ("李小龍", not "小龍 李").
	 */
	static String fullName(String first, String last) {
		if (first != null && last != null && CJK.matcher(first + last).matches()) {
			return last + first;
		}
		return String.join(" ", Stream.of(first, last).filter((part) -> part != null).toList());
	}

	private static void add(List<String> values, String value) {
		if (value != null && !value.isBlank()) {
			values.add(value);
		}
	}

	private static LocalDate date(String text, int line, int column) {
		try {
			return LocalDate.parse(text, CONNECTED_ON);
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDate.parse(text, ISO);
			}
			catch (DateTimeParseException again) {
				throw ImportRejected.at(line, column,
						"'" + ContactDraft.cut(text, 40) + "' under Connected On is not a date like 22 Dec 2025");
			}
		}
	}

	private record Columns(int first, int last, int url, int email, int company, int position, int connectedOn) {
	}

}
