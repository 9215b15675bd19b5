package org.tend.interchange.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tend.interchange.ImportRejected;

/**
 * A CSV file read whole with Commons CSV, each record with the line it starts on. Broken
 * quoting becomes an {@link ImportRejected} naming the line (and column when Commons CSV
 * says).
 */
public final class CsvTable {

	private static final Pattern LINE = Pattern.compile("line:? (\\d+)(?:, position:? (\\d+))?",
			Pattern.CASE_INSENSITIVE);

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setIgnoreEmptyLines(true)
		.setIgnoreSurroundingSpaces(false)
		.get();

	private CsvTable() {
	}

	record Row(int line, List<String> cells) {

		boolean isBlank() {
			return this.cells.stream().allMatch(String::isBlank);
		}

		String cell(int index) {
			return (index >= 0 && index < this.cells.size()) ? this.cells.get(index) : null;
		}

	}

	static List<Row> read(String text) {
		TextFiles.Lines lines = new TextFiles.Lines(text);
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
			for (CSVRecord record : parser) {
				rows.add(new Row(lines.lineOf(record.getCharacterPosition()), record.toList()));
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw rejected(ex, lines, rows);
		}
		return rows;
	}

	/**
	 * The header's index of each wanted column (case and spaces ignored), -1 if absent.
	 */
	public static int column(List<String> header, String name) {
		for (int i = 0; i < header.size(); i++) {
			if (header.get(i).strip().equalsIgnoreCase(name)) {
				return i;
			}
		}
		return -1;
	}

	static String normalized(String cell) {
		return (cell != null) ? cell.strip().toLowerCase(Locale.ROOT) : "";
	}

	private static ImportRejected rejected(Exception ex, TextFiles.Lines lines, List<Row> rows) {
		String message = String.valueOf(ex.getMessage());
		Matcher matcher = LINE.matcher(message);
		int line = rows.isEmpty() ? 1 : rows.get(rows.size() - 1).line() + 1;
		if (matcher.find()) {
			line = Integer.parseInt(matcher.group(1));
			if (matcher.group(2) != null) {
				return ImportRejected.at(line, Integer.parseInt(matcher.group(2)), reason(message));
			}
		}
		return ImportRejected.at(line, reason(message));
	}

	private static String reason(String message) {
		String lower = message.toLowerCase(Locale.ROOT);
		if (lower.contains("eof reached")) {
			return "a quoted field is never closed (a \" is missing)";
		}
		if (lower.contains("invalid char")) {
			return "unexpected text after a closing quote (a quote inside a field must be doubled: \"\")";
		}
		return "this is not valid CSV";
	}

}
