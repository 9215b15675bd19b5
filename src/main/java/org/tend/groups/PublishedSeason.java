package org.tend.groups;

import java.util.List;
import java.util.UUID;

/** What publishing gives: the season, its groups and who was left unplaced. */
public record PublishedSeason(UUID id, List<SmallGroup> groups, List<UUID> unplaced) {
}
