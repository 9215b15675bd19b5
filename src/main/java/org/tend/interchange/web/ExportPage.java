package org.tend.interchange.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tend.accounts.CurrentMember;
import org.tend.interchange.CalendarFeed;
import org.tend.interchange.CalendarFeedNotFound;
import org.tend.interchange.CalendarFeedService;
import org.tend.interchange.ExportService;
import org.tend.shared.web.Notice;

/**
 * The export page: the downloads (for a signed-in browser; the API takes tokens only) and
 * the private calendar feed, whose new address is rendered once, never stored in the
 * session.
 */
@Controller
@RequestMapping("/export")
class ExportPage {

	private final ExportService exports;

	private final CalendarFeedService feeds;

	ExportPage(ExportService exports, CalendarFeedService feeds) {
		this.exports = exports;
		this.feeds = feeds;
	}

	@GetMapping
	String page(CurrentMember member, Model model) {
		return render(member, model, null);
	}

	@GetMapping("/download")
	ResponseEntity<?> download(CurrentMember member, @RequestParam(defaultValue = "json") String format) {
		return switch (format) {
			case "vcard" ->
				ExportApi.download(ExportApi.VCARD, "tend-people.vcf").body(this.exports.vcards(member.id()));
			case "csv" -> ExportApi.download(ExportApi.CSV, "tend-people.csv").body(this.exports.csv(member.id()));
			default -> ExportApi.download(MediaType.APPLICATION_JSON, "tend-export.json")
				.body(this.exports.journal(member.id()));
		};
	}

	@PostMapping("/calendar-feed")
	String createFeed(CurrentMember member, Model model) {
		CalendarFeed feed = this.feeds.create(member.id());
		return render(member, model,
				ServletUriComponentsBuilder.fromCurrentContextPath().path(feed.path()).toUriString());
	}

	@PostMapping("/calendar-feed/revoke")
	String revokeFeed(CurrentMember member, RedirectAttributes redirect) {
		try {
			this.feeds.revoke(member.id());
			redirect.addFlashAttribute("notice", new Notice("export.feed.revoked"));
		}
		catch (CalendarFeedNotFound ex) {
			// already gone (revoked in another tab): the page shows no feed either way
		}
		return "redirect:/export";
	}

	private String render(CurrentMember member, Model model, String newFeedUrl) {
		model.addAttribute("feedSince", this.feeds.activeSince(member.id()).orElse(null));
		model.addAttribute("newFeedUrl", newFeedUrl);
		model.addAttribute("zone", member.zone());
		return "interchange/export";
	}

}
