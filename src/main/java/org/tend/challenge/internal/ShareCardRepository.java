package org.tend.challenge.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tend.challenge.Photo;

/** Share cards, one per meeting, scoped by the owner. */
@Repository
class ShareCardRepository {

	private final JdbcClient jdbc;

	ShareCardRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the member agreed to names, and whether a photo is kept. */
	Optional<Stored> find(UUID ownerId, UUID meetingId) {
		return this.jdbc.sql("""
				select name_agreed, photo_type from share_card
				where owner_id = :owner and meeting_id = :meeting""")
			.param("owner", ownerId)
			.param("meeting", meetingId)
			.query((rs, row) -> new Stored(rs.getBoolean("name_agreed"), rs.getString("photo_type") != null))
			.optional();
	}

	Optional<Photo> photo(UUID ownerId, UUID meetingId) {
		return this.jdbc.sql("""
				select photo_type, photo from share_card
				where owner_id = :owner and meeting_id = :meeting and photo is not null""")
			.param("owner", ownerId)
			.param("meeting", meetingId)
			.query((rs, row) -> new Photo(rs.getString("photo_type"), rs.getBytes("photo")))
			.optional();
	}

	/**
	 * Saves the card; a null photo keeps the one stored unless {@code removePhoto}.
	 */
	void save(UUID ownerId, UUID meetingId, String text, boolean nameAgreed, Photo photo, boolean removePhoto,
			Instant now) {
		boolean exists = find(ownerId, meetingId).isPresent();
		if (!exists) {
			this.jdbc.sql("""
					insert into share_card (meeting_id, owner_id, text, name_agreed, updated_at)
					values (:meeting, :owner, :text, :agreed, :now)""")
				.param("meeting", meetingId)
				.param("owner", ownerId)
				.param("text", text)
				.param("agreed", nameAgreed)
				.param("now", Timestamp.from(now))
				.update();
		}
		else {
			this.jdbc.sql("""
					update share_card set text = :text, name_agreed = :agreed, updated_at = :now
					where owner_id = :owner and meeting_id = :meeting""")
				.param("text", text)
				.param("agreed", nameAgreed)
				.param("now", Timestamp.from(now))
				.param("owner", ownerId)
				.param("meeting", meetingId)
				.update();
		}
		if (photo != null) {
			this.jdbc.sql("""
					update share_card set photo = :photo, photo_type = :type
					where owner_id = :owner and meeting_id = :meeting""")
				.param("photo", photo.bytes())
				.param("type", photo.mediaType())
				.param("owner", ownerId)
				.param("meeting", meetingId)
				.update();
		}
		else if (removePhoto) {
			this.jdbc.sql("""
					update share_card set photo = null, photo_type = null
					where owner_id = :owner and meeting_id = :meeting""")
				.param("owner", ownerId)
				.param("meeting", meetingId)
				.update();
		}
	}

	/** What a stored card says besides its text. */
	record Stored(boolean nameAgreed, boolean hasPhoto) {
	}

}
