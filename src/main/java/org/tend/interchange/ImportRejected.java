package org.tend.interchange;

/**
 * The uploaded file cannot be read: where (line, and column when known; null when the
 * place has no line, like a JSON path) and why. Nothing is imported then. The parsers
 * throw nothing else, whatever the bytes.
 */
public class ImportRejected extends RuntimeException {

	private final Integer line;

	private final Integer column;

	private final String reason;

	private ImportRejected(Integer line, Integer column, String reason) {
		super(describe(line, column, reason));
		this.line = line;
		this.column = column;
		this.reason = reason;
	}

	public static ImportRejected at(int line, String reason) {
		return new ImportRejected(line, null, reason);
	}

	public static ImportRejected at(int line, int column, String reason) {
		return new ImportRejected(line, column, reason);
	}

	/** A problem with no line to point at (the file as a whole, a JSON path). */
	public static ImportRejected because(String reason) {
		return new ImportRejected(null, null, reason);
	}

	public Integer line() {
		return this.line;
	}

	public Integer column() {
		return this.column;
	}

	public String reason() {
		return this.reason;
	}

	private static String describe(Integer line, Integer column, String reason) {
		if (line == null) {
			return reason;
		}
		return "Line " + line + ((column != null) ? ", column " + column : "") + ": " + reason;
	}

}
