package org.tend.interchange.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.tend.accounts.CurrentMember;
import org.tend.interchange.ImportPreview;
import org.tend.interchange.ImportRejected;
import org.tend.interchange.ImportResult;
import org.tend.interchange.ImportService;
import org.tend.interchange.ImportTooLarge;
import org.tend.interchange.UnsupportedImportFormat;
import org.tend.shared.web.Problems;

/** Imports through the API: upload for a preview, then apply it. */
@RestController
@RequestMapping("/api/v1/imports")
class ImportApi {

	private final ImportService imports;

	ImportApi(ImportService imports) {
		this.imports = imports;
	}

	/**
	 * Reads the file (LinkedIn Connections.csv, vCard, Google Contacts CSV or a Tend
	 * export; detected from the content unless {@code format} says) and answers what
	 * applying it would do. 400 names the line (and column) of a malformed file, 413 a
	 * file over 10 MB, 415 an unknown format.
	 */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ImportPreview preview(CurrentMember member, @RequestParam("file") MultipartFile file,
			@Parameter(schema = @Schema(allowableValues = { "linkedin", "vcard", "google", "tend" })) @RequestParam(
					required = false) String format) {
		return this.imports.preview(member.id(), bytes(file), format);
	}

	/** Applies a preview, all or nothing; its id is gone afterwards. */
	@PostMapping("/{id}/apply")
	ImportResult apply(CurrentMember member, @PathVariable UUID id) {
		return this.imports.apply(member.id(), member.zone(), id);
	}

	/**
	 * Reads at most one byte over the limit, so a huge upload is refused without being
	 * read whole.
	 */
	static byte[] bytes(MultipartFile file) {
		if (file.getSize() > ImportService.MAX_BYTES) {
			throw ImportTooLarge.of(file.getSize());
		}
		try (InputStream in = file.getInputStream()) {
			byte[] content = in.readNBytes(ImportService.MAX_BYTES + 1);
			if (content.length > ImportService.MAX_BYTES) {
				throw ImportTooLarge.of(file.getSize());
			}
			return content;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@ExceptionHandler(ImportRejected.class)
	ProblemDetail rejected(ImportRejected ex) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "The file cannot be imported", ex.getMessage());
		problem.setType(URI.create("about:blank"));
		if (ex.line() != null) {
			problem.setProperty("line", ex.line());
		}
		if (ex.column() != null) {
			problem.setProperty("column", ex.column());
		}
		problem.setProperty("reason", ex.reason());
		return problem;
	}

	@ExceptionHandler({ ImportTooLarge.class, MaxUploadSizeExceededException.class })
	ProblemDetail tooLarge(Exception ex) {
		ProblemDetail problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE, "File too large",
				"Imports take files of at most " + ImportService.MAX_BYTES / (1024 * 1024) + " MB");
		problem.setProperties(Map.of("maxBytes", ImportService.MAX_BYTES));
		return problem;
	}

	@ExceptionHandler(UnsupportedImportFormat.class)
	ProblemDetail unsupported(UnsupportedImportFormat ex) {
		return Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported format", ex.getMessage());
	}

}
