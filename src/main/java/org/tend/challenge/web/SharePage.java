package org.tend.challenge.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tend.accounts.CurrentMember;
import org.tend.challenge.ChallengeService;
import org.tend.challenge.PhotoRefused;
import org.tend.challenge.ShareCard;
import org.tend.meetings.MeetingsService;
import org.tend.shared.NotFound;
import org.tend.shared.web.InvalidInput;
import org.tend.shared.web.Notice;

/**
 * The optional share card of a meeting: the text to post and a photo cleaned of metadata.
 */
@Controller
class SharePage {

	private final ChallengeService challenge;

	private final MeetingsService meetings;

	SharePage(ChallengeService challenge, MeetingsService meetings) {
		this.challenge = challenge;
		this.meetings = meetings;
	}

	@GetMapping("/challenge/meetings/{id}/share")
	String show(CurrentMember member, @PathVariable UUID id, Model model) {
		return page(member, this.challenge.shareCard(member.id(), id), null, model);
	}

	@PostMapping("/challenge/meetings/{id}/share")
	String save(CurrentMember member, @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean nameAgreed,
			@RequestParam(required = false) MultipartFile photo,
			@RequestParam(defaultValue = "false") boolean removePhoto, Model model, RedirectAttributes redirect,
			HttpServletResponse response) throws IOException {
		byte[] upload = (photo != null && !photo.isEmpty()) ? photo.getBytes() : null;
		try {
			this.challenge.saveShareCard(member.id(), id, nameAgreed, upload, removePhoto);
		}
		catch (InvalidInput ex) {
			model.addAttribute("photoError", true);
			return page(member, this.challenge.shareCard(member.id(), id), "challenge.share.badPhoto", model);
		}
		catch (PhotoRefused ex) {
			// 413: this photo will never fit; 503: it may, once other uploads are done
			response
				.setStatus(ex.busy() ? HttpStatus.SERVICE_UNAVAILABLE.value() : HttpStatus.CONTENT_TOO_LARGE.value());
			model.addAttribute("photoError", true);
			model.addAttribute("errorDetail", ex.getMessage());
			return page(member, this.challenge.shareCard(member.id(), id),
					ex.busy() ? "challenge.share.photoBusy" : "challenge.share.photoTooLarge", model);
		}
		redirect.addFlashAttribute("notice", new Notice("challenge.share.saved"));
		return "redirect:/challenge/meetings/" + id + "/share";
	}

	/** The cleaned photo; private to the member, never cached by shared caches. */
	@GetMapping("/challenge/meetings/{id}/share/photo")
	ResponseEntity<byte[]> photo(CurrentMember member, @PathVariable UUID id) {
		return this.challenge.sharePhoto(member.id(), id)
			.map((photo) -> ResponseEntity.ok()
				.cacheControl(CacheControl.noStore())
				.header("Content-Type", photo.mediaType())
				.body(photo.bytes()))
			.orElseThrow(() -> new PhotoNotFound(id));
	}

	private String page(CurrentMember member, ShareCard card, String error, Model model) {
		model.addAttribute("card", card);
		model.addAttribute("meeting", this.meetings.get(member.id(), card.meetingId()));
		model.addAttribute("error", error);
		return "challenge/share";
	}

	/** The meeting has no photo (or is not the member's). */
	static final class PhotoNotFound extends NotFound {

		PhotoNotFound(UUID meetingId) {
			super("No photo for meeting " + meetingId);
		}

	}

}
