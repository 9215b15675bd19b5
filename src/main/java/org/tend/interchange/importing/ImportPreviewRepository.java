package org.tend.interchange.importing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tend.interchange.ImportFormat;

/** Previews waiting to be applied: the uploaded file and what the preview showed. */
@Repository
public class ImportPreviewRepository {

	private final JdbcClient jdbc;

	ImportPreviewRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID ownerId, StoredPreview preview) {
		this.jdbc.sql("""
				insert into import_preview (id, owner_id, format, content, summary, created_at, expires_at)
				values (:id, :owner, :format, :content, :summary, :createdAt, :expiresAt)""")
			.param("id", preview.id())
			.param("owner", ownerId)
			.param("format", preview.format().code())
			.param("content", preview.content())
			.param("summary", preview.summary())
			.param("createdAt", Timestamp.from(preview.createdAt()))
			.param("expiresAt", Timestamp.from(preview.expiresAt()))
			.update();
	}

	/** The member's preview, unless it has expired. */
	public Optional<StoredPreview> find(UUID ownerId, UUID id, Instant now) {
		return this.jdbc.sql("""
				select id, format, content, summary, created_at, expires_at from import_preview
				where owner_id = :owner and id = :id and expires_at > :now""")
			.param("owner", ownerId)
			.param("id", id)
			.param("now", Timestamp.from(now))
			.query((rs, row) -> new StoredPreview(rs.getObject("id", UUID.class),
					ImportFormat.fromCode(rs.getString("format")), rs.getBytes("content"), rs.getString("summary"),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant()))
			.optional();
	}

	public boolean delete(UUID ownerId, UUID id) {
		return this.jdbc.sql("delete from import_preview where owner_id = :owner and id = :id")
			.param("owner", ownerId)
			.param("id", id)
			.update() > 0;
	}

	/** Forgets every member's previews older than a day. */
	/** Deletes the owner's previews but the {@code count} newest. */
	public void keepNewest(UUID ownerId, int count) {
		this.jdbc.sql("""
				delete from import_preview where owner_id = :owner and id not in (
				  select id from import_preview where owner_id = :owner
				  order by created_at desc, id desc limit :count)""")
			.param("owner", ownerId)
			.param("count", count)
			.update();
	}

	public int deleteExpired(Instant now) {
		return this.jdbc.sql("delete from import_preview where expires_at <= :now")
			.param("now", Timestamp.from(now))
			.update();
	}

	public record StoredPreview(UUID id, ImportFormat format, byte[] content, String summary, Instant createdAt,
			Instant expiresAt) {
	}

}
