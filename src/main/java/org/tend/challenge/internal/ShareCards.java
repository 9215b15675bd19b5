package org.tend.challenge.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tend.challenge.Photo;
import org.tend.challenge.ShareCard;
import org.tend.meetings.MeetingDetails;
import org.tend.meetings.MeetingsService;

/**
 * The optional share card of a meeting. Its text names the people met only when the
 * member ticked that they agreed: consent is theirs to give, so the default is anonymous.
 */
@Component
public class ShareCards {

	private final ShareCardRepository cards;

	private final MeetingsService meetings;

	private final MessageSource messages;

	private final Clock clock;

	/** Two photos decoded at a time; a third upload waits up to 20 s for its turn. */
	private final PhotoCleaner cleaner = new PhotoCleaner(new Semaphore(2), Duration.ofSeconds(20));

	ShareCards(ShareCardRepository cards, MeetingsService meetings, MessageSource messages, Clock clock) {
		this.cards = cards;
		this.meetings = meetings;
		this.messages = messages;
		this.clock = clock;
	}

	public ShareCard card(UUID ownerId, UUID meetingId) {
		MeetingDetails meeting = this.meetings.get(ownerId, meetingId);
		ShareCardRepository.Stored stored = this.cards.find(ownerId, meetingId)
			.orElse(new ShareCardRepository.Stored(false, false));
		return new ShareCard(meetingId, text(meeting, stored.nameAgreed()), stored.nameAgreed(), stored.hasPhoto());
	}

	/** Saves the consent and the photo (cleaned); null keeps the photo stored. */
	public ShareCard save(UUID ownerId, UUID meetingId, boolean nameAgreed, byte[] upload, boolean removePhoto) {
		MeetingDetails meeting = this.meetings.get(ownerId, meetingId);
		Photo photo = (upload != null && upload.length > 0) ? this.cleaner.clean(upload) : null;
		this.cards.save(ownerId, meetingId, text(meeting, nameAgreed), nameAgreed, photo, removePhoto,
				this.clock.instant());
		return card(ownerId, meetingId);
	}

	public Optional<Photo> photo(UUID ownerId, UUID meetingId) {
		this.meetings.requireOwned(ownerId, meetingId);
		return this.cards.photo(ownerId, meetingId);
	}

	private String text(MeetingDetails meeting, boolean nameAgreed) {
		String kind = this.messages
			.getMessage("meetings.kind." + meeting.kind().code(), null, LocaleContextHolder.getLocale())
			.toLowerCase(LocaleContextHolder.getLocale());
		String names = String.join(", ", meeting.people().stream().map((p) -> p.name()).toList());
		String code = nameAgreed ? "challenge.share.text.named" : "challenge.share.text.anonymous";
		return this.messages.getMessage(code, new Object[] { kind, names }, LocaleContextHolder.getLocale());
	}

}
