package org.tend.interchange.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.tend.people.PersonDetails;

/**
 * People as CSV, one row each; several emails, phones, links or tags share a cell,
 * separated by " ::: " as Google Contacts does, so Tend reads it back as a Google file.
 */
public final class PeopleCsv {

	static final String[] HEADER = { "Name", "Company", "Role", "City", "Emails", "Phones", "Links", "Tags", "Circle",
			"Cadence Days", "How We Met", "Met On", "Last Met On", "Due On" };

	private PeopleCsv() {
	}

	public static String write(List<PersonDetails> people) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
			for (PersonDetails person : people) {
				printer.printRecord(person.name(), person.company(), person.role(), person.city(),
						String.join(" ::: ", person.emails()), String.join(" ::: ", person.phones()),
						String.join(" ::: ", person.links()), String.join(" ::: ", person.tags()),
						(person.circle() != null) ? person.circle().code() : null, person.cadenceDays(),
						person.howWeMet(), person.metOn(), person.lastMetOn(), person.dueOn());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
