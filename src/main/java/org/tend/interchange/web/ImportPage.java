package org.tend.interchange.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.tend.accounts.CurrentMember;
import org.tend.interchange.ImportPreview;
import org.tend.interchange.ImportRejected;
import org.tend.interchange.ImportService;
import org.tend.interchange.ImportTooLarge;
import org.tend.interchange.UnsupportedImportFormat;

/**
 * The import pages: upload (a progress bar while the file goes up), the preview table,
 * and the result. Works without JavaScript too: the form posts and the preview renders.
 */
@Controller
@RequestMapping("/import")
class ImportPage {

	/** Rows the preview page lists; the counts cover them all. */
	static final int SHOWN_ROWS = 500;

	private final ImportService imports;

	ImportPage(ImportService imports) {
		this.imports = imports;
	}

	@GetMapping
	String upload() {
		return "interchange/import";
	}

	@PostMapping
	String preview(CurrentMember member, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) String format, Model model) {
		ImportPreview preview = this.imports.preview(member.id(), ImportApi.bytes(file), format);
		return showPreview(preview, model);
	}

	@GetMapping("/{id}")
	String show(CurrentMember member, @PathVariable UUID id, Model model) {
		return showPreview(this.imports.find(member.id(), id), model);
	}

	@PostMapping("/{id}/apply")
	String apply(CurrentMember member, @PathVariable UUID id, Model model) {
		model.addAttribute("result", this.imports.apply(member.id(), member.zone(), id));
		return "interchange/result";
	}

	private static String showPreview(ImportPreview preview, Model model) {
		model.addAttribute("preview", preview);
		model.addAttribute("shownRows", preview.rows().subList(0, Math.min(SHOWN_ROWS, preview.rows().size())));
		model.addAttribute("hiddenRows", Math.max(0, preview.rows().size() - SHOWN_ROWS));
		return "interchange/preview";
	}

	@ExceptionHandler(ImportRejected.class)
	ModelAndView rejected(ImportRejected ex, HttpServletResponse response) {
		return uploadAgain(HttpStatus.BAD_REQUEST, "import.error.rejected", ex.getMessage());
	}

	@ExceptionHandler(UnsupportedImportFormat.class)
	ModelAndView unsupported(UnsupportedImportFormat ex) {
		return uploadAgain(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "import.error.unsupported", ex.getMessage());
	}

	@ExceptionHandler({ ImportTooLarge.class, MaxUploadSizeExceededException.class })
	ModelAndView tooLarge(Exception ex) {
		return uploadAgain(HttpStatus.CONTENT_TOO_LARGE, "import.error.tooLarge", null);
	}

	private static ModelAndView uploadAgain(HttpStatus status, String error, String detail) {
		ModelAndView page = new ModelAndView("interchange/import", status);
		page.addObject("error", error);
		page.addObject("detail", detail);
		return page;
	}

}
