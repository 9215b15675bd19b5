package org.tend.interchange.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.tend.interchange.importing.CsvTable;
import org.tend.people.PersonDetails;

/**
 * People as CSV, one row each; several emails, phones, links or tags share a cell,
 * separated by " ::: " as Google Contacts does, so Tend reads it back as a Google file.
 * <p>
 * Names come from files other people made, and a spreadsheet runs a cell starting with
 * {@code = + - @}, a tab or a carriage return as a formula ({@code =HYPERLINK(...)}).
 * Such a cell is written with a leading single quote, OWASP's rule, as is a cell that
 * already starts with one; reading Tend's own export (known by its {@link #OWN_COLUMNS})
 * takes one leading quote off again, so the round trip is exact.
 */
public final class PeopleCsv {

	static final String[] HEADER = { "Name", "Company", "Role", "City", "Emails", "Phones", "Links", "Tags", "Circle",
			"Cadence Days", "How We Met", "Met On", "Last Met On", "Due On" };

	/** Columns only Tend's export has: a file with them is read as Tend's own. */
	static final List<String> OWN_COLUMNS = List.of("Cadence Days", "Last Met On", "Due On");

	private static final String FORMULA_STARTS = "=+-@\t\r'";

	private PeopleCsv() {
	}

	public static boolean isOwnHeader(List<String> cells) {
		return OWN_COLUMNS.stream().allMatch((column) -> CsvTable.column(cells, column) >= 0);
	}

	/** The cell as a spreadsheet shows it, never as a formula. */
	static Object neutralised(Object cell) {
		if (cell instanceof String text && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return cell;
	}

	/** A cell of Tend's own export as it was before {@link #neutralised}. */
	public static String restored(String cell) {
		return (cell != null && cell.startsWith("'")) ? cell.substring(1) : cell;
	}

	public static String write(List<PersonDetails> people) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
			for (PersonDetails person : people) {
				printer.printRecord(Stream
					.of(person.name(), person.company(), person.role(), person.city(),
							String.join(" ::: ", person.emails()), String.join(" ::: ", person.phones()),
							String.join(" ::: ", person.links()), String.join(" ::: ", person.tags()),
							(person.circle() != null) ? person.circle().code() : null, person.cadenceDays(),
							person.howWeMet(), person.metOn(), person.lastMetOn(), person.dueOn())
					.map(PeopleCsv::neutralised));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
