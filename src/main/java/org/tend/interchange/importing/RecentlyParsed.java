package org.tend.interchange.importing;

import java.lang.ref.SoftReference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The files of the last few previews as they were read, so that applying a preview on the
 * instance that made it (nearly always a few seconds later) does not read a large file a
 * second time. Reading is deterministic and a preview's file never changes, so a hit is
 * exactly what reading again would give; a miss (another instance, a restart, a collected
 * entry) just reads again. Entries are soft: under memory pressure the collector takes
 * them first.
 */
@Component
public class RecentlyParsed {

	public static final int KEPT = 3;

	private final Map<UUID, SoftReference<ParsedFile>> files = new LinkedHashMap<>(KEPT + 1, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<UUID, SoftReference<ParsedFile>> eldest) {
			return size() > KEPT;
		}

	};

	public synchronized void keep(UUID importId, ParsedFile file) {
		this.files.put(importId, new SoftReference<>(file));
	}

	/** The file read for that preview, once: applying consumes it. */
	public synchronized Optional<ParsedFile> take(UUID importId) {
		SoftReference<ParsedFile> kept = this.files.remove(importId);
		return Optional.ofNullable((kept != null) ? kept.get() : null);
	}

}
