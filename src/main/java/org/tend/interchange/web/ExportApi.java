package org.tend.interchange.web;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tend.accounts.CurrentMember;
import org.tend.interchange.ExportService;
import org.tend.shared.web.InvalidInput;

/** Everything out: the journal as JSON (re-importable), or its people as vCard or CSV. */
@RestController
class ExportApi {

	static final MediaType VCARD = new MediaType("text", "vcard", StandardCharsets.UTF_8);

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ExportService exports;

	ExportApi(ExportService exports) {
		this.exports = exports;
	}

	/**
	 * {@code format=json} (default): the whole journal, see docs/export-format.md;
	 * {@code vcard}: people as vCard 4.0; {@code csv}: people as CSV.
	 */
	@GetMapping("/api/v1/export")
	ResponseEntity<?> export(CurrentMember member,
			@Parameter(schema = @Schema(allowableValues = { "json", "vcard", "csv" })) @RequestParam(
					defaultValue = "json") String format) {
		return switch (format) {
			case "json" ->
				download(MediaType.APPLICATION_JSON, "tend-export.json").body(this.exports.journal(member.id()));
			case "vcard" -> download(VCARD, "tend-people.vcf").body(this.exports.vcards(member.id()));
			case "csv" -> download(CSV, "tend-people.csv").body(this.exports.csv(member.id()));
			default -> throw InvalidInput.of("format", "format must be json, vcard or csv");
		};
	}

	static ResponseEntity.BodyBuilder download(MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString());
	}

}
